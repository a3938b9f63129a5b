// <atlas-cypher-editor>: CodeMirror 6 with the Cypher mode of @codemirror/legacy-modes.
// Ctrl+Enter (Cmd+Enter on a Mac) fires a `run` event carrying the text; every change fires
// `value-changed`, which the server side uses to keep its copy of `value`.
import { basicSetup } from 'codemirror';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';

const theme = EditorView.theme({
  '&': {
    fontSize: 'var(--lumo-font-size-s, 0.875rem)',
    border: '1px solid var(--lumo-contrast-20pct, #ccc)',
    borderRadius: 'var(--lumo-border-radius-m, 4px)',
    backgroundColor: 'var(--lumo-base-color, #fff)',
    height: '100%',
  },
  '&.cm-focused': { outline: '2px solid var(--lumo-primary-color-50pct, #7aa7ff)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', minHeight: '8rem' },
});

class AtlasCypherEditor extends HTMLElement {
  constructor() {
    super();
    this._value = '';
    this._placeholder = '';
  }

  connectedCallback() {
    if (this.view) {
      return;
    }
    this.style.display = 'block';
    // In its own shadow root, CodeMirror keeps its styles there: the page's style sheets (which Vaadin
    // manages on the document) neither drop nor override them.
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    const host = document.createElement('div');
    host.style.height = '100%';
    root.appendChild(host);
    this.view = new EditorView({
      doc: this._value,
      parent: host,
      root,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', preventDefault: true, run: () => this._run() }])),
        basicSetup,
        StreamLanguage.define(cypher),
        EditorView.lineWrapping,
        placeholder(this._placeholder),
        theme,
        EditorView.contentAttributes.of({ 'aria-label': this.getAttribute('aria-label') || 'Cypher' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            this._value = update.state.doc.toString();
            this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this._value } }));
          }
        }),
      ],
    });
  }

  _run() {
    this.dispatchEvent(new CustomEvent('run', { detail: { value: this.value } }));
    return true;
  }

  get value() {
    return this.view ? this.view.state.doc.toString() : this._value;
  }

  set value(text) {
    const next = text == null ? '' : String(text);
    this._value = next;
    if (this.view && this.view.state.doc.toString() !== next) {
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: next } });
    }
  }

  set placeholderText(text) {
    this._placeholder = text || '';
  }

  focusEditor() {
    if (this.view) {
      this.view.focus();
    }
  }
}

if (!customElements.get('atlas-cypher-editor')) {
  customElements.define('atlas-cypher-editor', AtlasCypherEditor);
}
