// <atlas-console-graph>: the nodes and relationships of a console answer, drawn with Cytoscape.js.
// The server calls setGraph(json) with {nodes:[{id, labels, properties}], relationships:[{id, type,
// start, end, properties}]}. Drawn after the element has a size (a zero-sized container squashes the
// graph into a corner), and fitted again whenever its size changes (e.g. when its tab is shown).
import cytoscape from 'cytoscape';

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

function caption(node) {
  const p = node.properties || {};
  const text = p.name ?? p.label ?? p.title ?? p.code ?? p.ags ?? p.id ?? (node.labels || [])[0] ?? node.id;
  const s = String(text);
  return s.length > 28 ? s.slice(0, 27) + '…' : s;
}

class AtlasConsoleGraph extends HTMLElement {
  constructor() {
    super();
    this._graph = { nodes: [], relationships: [] };
  }

  connectedCallback() {
    this.style.display = 'block';
    if (!this._observer) {
      this._observer = new ResizeObserver(() => this._resize());
      this._observer.observe(this);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
      this._observer = null;
    }
  }

  setGraph(json) {
    this._graph = typeof json === 'string' ? JSON.parse(json) : json;
    this._drawn = false;
    this._draw();
  }

  _elements() {
    const labels = new Map();
    const color = (label) => {
      if (!labels.has(label)) {
        labels.set(label, PALETTE[labels.size % PALETTE.length]);
      }
      return labels.get(label);
    };
    const ids = new Set(this._graph.nodes.map((n) => n.id));
    const nodes = this._graph.nodes.map((n) => ({
      data: { id: n.id, caption: caption(n), color: color((n.labels || [])[0] || ''), title: (n.labels || []).join(':') },
    }));
    const edges = this._graph.relationships
      .filter((r) => ids.has(r.start) && ids.has(r.end))
      .map((r) => ({ data: { id: 'r' + r.id, source: r.start, target: r.end, type: r.type } }));
    return nodes.concat(edges);
  }

  _draw() {
    if (!this.isConnected || this._drawn || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    this._drawn = true;
    requestAnimationFrame(() => {
      if (this._cy) {
        this._cy.destroy();
      }
      this._cy = cytoscape({
        container: this,
        elements: this._elements(),
        wheelSensitivity: 0.3,
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(color)',
              label: 'data(caption)',
              'font-size': 12,
              'text-valign': 'bottom',
              'text-margin-y': 3,
              width: 22,
              height: 22,
              color: '#333',
            },
          },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'line-color': '#9aa5b1',
              'target-arrow-color': '#9aa5b1',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              label: 'data(type)',
              'font-size': 8,
              color: '#667',
              'text-rotation': 'autorotate',
            },
          },
        ],
        layout: { name: 'preset' },
      });
      this._layout();
    });
  }

  /** Lays the graph out for the element's present size (a layout made for another size looks squashed). */
  _layout() {
    this._laidOutWidth = this.clientWidth;
    this._laidOutHeight = this.clientHeight;
    this._cy.resize();
    this._cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: true,
        padding: 20,
        idealEdgeLength: () => 60,
        nodeRepulsion: () => 6000,
      })
      .run();
    this._cy.fit(undefined, 20);
  }

  _resize() {
    if (!this._drawn) {
      this._draw();
    } else if (this._cy && this.clientWidth > 0 && this.clientHeight > 0) {
      const changed =
        Math.abs(this.clientWidth - this._laidOutWidth) > 80 || Math.abs(this.clientHeight - this._laidOutHeight) > 80;
      if (changed) {
        this._layout();
      } else {
        this._cy.resize();
        this._cy.fit(undefined, 20);
      }
    }
  }
}

if (!customElements.get('atlas-console-graph')) {
  customElements.define('atlas-console-graph', AtlasConsoleGraph);
}
