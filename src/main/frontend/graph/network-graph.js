// <network-graph>: draws one network picture (Netzwerkbild) with Cytoscape.js.
// Properties set by the server: `palette` (JSON: colours and shapes per actor type, colours per
// sector and community, line dashes per cooperation kind, labels), `data` (JSON: the payload of
// GraphService), `selected` (an actor id), `mode` (JSON: `colour` type|sector|community, `size`
// betweenness|partners|effectiveSize|crossSector, `weak` true marks cut points and critical
// cooperations). A change of mode restyles the drawn picture without a new layout.
// Events: `node-select` {id}, `layout-done` {ms, nodes, edges}.
// The drawn graph is reachable as `element.cy` (the browser tests count nodes and edges through it).
// A comparison payload (nodes and edges with `change`: added, ended, same) draws added elements in
// green and solid, ended ones in vermillion, dashed and faint. The layout stays stable while the
// scope stays the same: actors placed before keep their positions (fCoSE's fixedNodeConstraint),
// only new ones are placed, and the view keeps its zoom and pan when everything still fits.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import cytoscapeSvg from 'cytoscape-svg';

cytoscape.use(fcose);
cytoscape.use(cytoscapeSvg);

const WIDTHS = { 1: 1, 2: 2.5, 3: 4.5 };

class NetworkGraph extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; min-height: 20rem; }
        #cy { position: absolute; inset: 0; }
      </style><div id="cy" role="img"></div>`;
    this._container = root.getElementById('cy');
    this._palette = { types: {}, kinds: {}, labels: {} };
    this._data = null;
    this._selected = null;
    this._mode = { colour: 'type', size: 'betweenness', weak: false };
    this._positions = new Map();
    this._scopeKey = null;
    this._viewport = null;
    this.cy = null;
  }

  connectedCallback() {
    // Properties the server set before this element was defined shadow the setters: replay them.
    for (const name of ['palette', 'mode', 'data', 'selected']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._resize = new ResizeObserver(() => {
      if (this.cy) {
        // The box changed (the side panel appeared, the window or the print page): fit again.
        this.cy.resize();
        if (this.getAttribute('data-settled') === 'true') {
          const node = this._selected ? this.cy.getElementById(this._selected) : null;
          if (node && node.nonempty()) {
            this.cy.center(node);
          } else {
            this.cy.fit(undefined, 30);
          }
        }
      } else if (this._data) {
        this._render();
      }
    });
    this._resize.observe(this);
  }

  disconnectedCallback() {
    if (this._resize) this._resize.disconnect();
  }

  set palette(text) {
    this._palette = text ? JSON.parse(text) : { types: {}, kinds: {}, labels: {} };
  }

  get palette() {
    return JSON.stringify(this._palette);
  }

  set mode(text) {
    this._mode = { colour: 'type', size: 'betweenness', weak: false, ...(text ? JSON.parse(text) : {}) };
    if (this.cy) this._applyMode(this.cy);
  }

  get mode() {
    return JSON.stringify(this._mode);
  }

  /** The fill colour of an actor in the current mode. */
  _colourOf(n) {
    const p = this._palette;
    if (this._mode.colour === 'sector') return (p.sectors || {})[n.sector] || '#999999';
    if (this._mode.colour === 'community') {
      const colours = p.communities || [];
      return n.community < colours.length ? colours[n.community] : p.otherCommunity || '#BBBBBB';
    }
    return (p.types[n.type] || { color: '#999999' }).color;
  }

  /** The figure that sizes actors in the current mode (constraint-free figures: bigger is more). */
  _figureOf(n) {
    const value = n[this._mode.size];
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : 0;
  }

  /** Colours, sizes and the marks of cut points and critical cooperations for the current mode. */
  _applyMode(cy) {
    const byId = new Map((this._data ? this._data.nodes || [] : []).map((n) => [n.id, n]));
    let max = 1e-9;
    for (const n of byId.values()) max = Math.max(max, this._figureOf(n));
    cy.batch(() => {
      cy.nodes('node.actor').forEach((el) => {
        const n = byId.get(el.id());
        if (!n) return;
        el.data('color', this._colourOf(n));
        el.data('size', 18 + 46 * Math.sqrt(this._figureOf(n) / max));
        el.toggleClass('cut', !!this._mode.weak && n.separates > 0);
      });
      cy.edges().forEach((el) => el.toggleClass('critical', !!this._mode.weak && !!el.data('critical')));
    });
    this.setAttribute('data-mode', `${this._mode.colour} ${this._mode.size}${this._mode.weak ? ' weak' : ''}`);
  }

  set data(text) {
    this._data = text ? JSON.parse(text) : null;
    const scope = this._data && this._data.scope ? this._data.scope.kind + ':' + this._data.scope.key : null;
    if (scope !== this._scopeKey) {
      // Another region, network or chain: a fresh layout.
      this._positions = new Map();
      this._viewport = null;
      this._scopeKey = scope;
    }
    this.removeAttribute('data-settled');
    // Draw when the element has a size: drawing into a zero-sized box squashes the graph.
    requestAnimationFrame(() => this._render());
  }

  get data() {
    return this._data ? JSON.stringify(this._data) : '';
  }

  set selected(id) {
    this._selected = id || null;
    if (this.cy && this.getAttribute('data-settled') === 'true') this._highlight();
  }

  get selected() {
    return this._selected;
  }

  _render() {
    if (!this._data || this.clientWidth === 0 || this.clientHeight === 0) return;
    const started = performance.now();
    if (this.cy) {
      this._remember(this.cy);
      this.cy.destroy();
      this.cy = null;
    }
    const data = this._data;
    const nodes = data.nodes || [];
    const edges = data.edges || [];
    const large = nodes.length > 800;
    const degree = new Map();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    }
    const elements = [];
    const alone = nodes.filter((n) => !degree.get(n.id));
    if (alone.length > 0) {
      elements.push({ group: 'nodes', data: { id: '__alone', label: this._palette.labels.alone || '' }, classes: 'frame' });
    }
    for (const n of nodes) {
      const style = this._palette.types[n.type] || { color: '#999999', shape: 'ellipse' };
      elements.push({
        group: 'nodes',
        data: {
          id: n.id,
          label: n.name,
          type: n.type,
          color: style.color,
          shape: style.shape,
          size: 18,
          parent: degree.get(n.id) ? undefined : '__alone',
        },
        classes: 'actor' + (n.isolated ? ' isolated' : '') + (n.change ? ' ' + n.change : ''),
      });
    }
    for (const e of edges) {
      elements.push({
        group: 'edges',
        data: {
          id: e.source + '\u2194' + e.target,
          source: e.source,
          target: e.target,
          kind: e.kind || 'OTHER',
          critical: !!e.critical,
          width: (WIDTHS[e.intensity] || 1.5) + (e.change === 'added' ? 1.5 : 0),
        },
        classes: e.change || '',
      });
    }
    const style = [
      {
        selector: 'node.actor',
        style: {
          'background-color': 'data(color)',
          shape: 'data(shape)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 10,
          'min-zoomed-font-size': 7,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '140px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': '1px',
          color: '#1a1a1a',
          'border-width': 1,
          'border-color': '#333333',
        },
      },
      {
        selector: 'node.isolated',
        style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#000000' },
      },
      {
        selector: 'node.frame',
        style: {
          shape: 'round-rectangle',
          'background-color': '#f3f3f3',
          'border-width': 1,
          'border-style': 'dashed',
          'border-color': '#888888',
          label: 'data(label)',
          'text-valign': 'top',
          'text-halign': 'center',
          'font-size': 13,
          'font-weight': 'bold',
          color: '#444444',
          padding: '18px',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': '#5f5f5f',
          'curve-style': large ? 'haystack' : 'straight',
          opacity: 0.8,
        },
      },
      { selector: 'node.actor:selected', style: { 'border-width': 5, 'border-color': '#000000', 'border-style': 'solid' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'edge.near', style: { 'line-color': '#000000', opacity: 1, 'z-index': 10 } },
    ];
    for (const [kind, dash] of Object.entries(this._palette.kinds)) {
      if (dash && dash.length) {
        style.push({ selector: `edge[kind = "${kind}"]`, style: { 'line-style': 'dashed', 'line-dash-pattern': dash } });
      }
    }
    const changes = this._palette.changes || { added: '#009E73', ended: '#D55E00' };
    // After the kinds' dashes, so that an ended cooperation is dashed whatever its kind.
    style.push(
      { selector: 'edge.added', style: { 'line-color': changes.added, 'line-style': 'solid', opacity: 1 } },
      {
        selector: 'edge.ended',
        style: { 'line-color': changes.ended, 'line-style': 'dashed', 'line-dash-pattern': [4, 4], opacity: 0.6 },
      },
      { selector: 'node.actor.added', style: { 'border-width': 4, 'border-color': changes.added, 'border-style': 'solid' } },
      {
        selector: 'node.actor.ended',
        style: { 'border-width': 3, 'border-color': changes.ended, 'border-style': 'dashed', opacity: 0.55 },
      },
      // Cut points: a thick double ring; critical cooperations: black, wide, above the rest.
      { selector: 'node.actor.cut', style: { 'border-width': 7, 'border-color': '#000000', 'border-style': 'double' } },
      {
        selector: 'edge.critical',
        style: { 'line-color': '#000000', 'line-style': 'solid', width: 5, opacity: 1, 'z-index': 9 },
      },
      { selector: 'node.actor:selected', style: { 'border-width': 5, 'border-color': '#000000', 'border-style': 'solid' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'edge.near', style: { 'line-color': '#000000', opacity: 1, 'z-index': 10 } },
    );
    const cy = cytoscape({
      container: this._container,
      elements,
      style,
      layout: { name: 'preset' },
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy = cy;
    this._applyMode(cy);
    const built = performance.now();
    this._container.setAttribute('aria-label', this._palette.labels.aria || '');
    // The full name on hover (labels are cut off at 140 px).
    cy.on('mouseover', 'node.actor', (event) => {
      this._container.title = event.target.data('label');
    });
    cy.on('mouseout', 'node.actor', () => {
      this._container.title = '';
    });
    cy.on('tap', 'node.actor', (event) => {
      this._selected = event.target.id();
      this._highlight(false);
      this.dispatchEvent(new CustomEvent('node-select', { detail: { id: event.target.id() } }));
    });
    const connected = cy.elements().filter((el) => !(el.isNode() && (el.hasClass('frame') || !degree.get(el.id()))));
    // Actors placed in an earlier picture of this scope keep their place; only the others are laid out.
    const known = connected.nodes().filter((n) => this._positions.has(n.id()));
    const fixed = known.map((n) => ({ nodeId: n.id(), position: { ...this._positions.get(n.id()) } }));
    const viewport = this._viewport;
    let laidOut = built;
    const done = () => {
      laidOut = laidOut === built ? performance.now() : laidOut;
      if (fixed.length) this._pin(cy, fixed);
      this._placeAlone(cy, connected);
      if (viewport && fixed.length) {
        cy.viewport(viewport);
        const box = cy.elements().renderedBoundingBox();
        if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.fit(undefined, 30);
      } else {
        cy.fit(undefined, 30);
      }
      const ms = Math.round(performance.now() - started);
      // Where the time went: building the elements, the layout itself, placing and fitting.
      this.timings = { build: Math.round(built - started), layout: Math.round(laidOut - built), total: ms };
      this.setAttribute('data-settled', 'true');
      this.layoutMs = ms;
      if (this._selected) this._highlight();
      this.dispatchEvent(new CustomEvent('layout-done', { detail: { ms, nodes: nodes.length, edges: edges.length } }));
    };
    if (connected.nodes().length === 0) {
      done();
      return;
    }
    if (fixed.length === connected.nodes().length) {
      // Everyone has a place already: no layout at all.
      done();
      return;
    }
    if (fixed.length) {
      // New actors start next to their placed neighbours (or the drawing's centre), then fCoSE
      // refines only them.
      const centre = { x: 0, y: 0 };
      for (const f of fixed) {
        centre.x += f.position.x / fixed.length;
        centre.y += f.position.y / fixed.length;
      }
      known.forEach((n) => n.position({ ...this._positions.get(n.id()) }));
      connected.nodes().not(known).forEach((n) => {
        const placed = n.neighborhood('node').filter((m) => this._positions.has(m.id()));
        const at = placed.length
          ? placed.reduce((sum, m) => ({ x: sum.x + m.position('x') / placed.length, y: sum.y + m.position('y') / placed.length }), { x: 0, y: 0 })
          : centre;
        n.position({ x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 });
      });
    }
    // fCoSE without animation, so the picture settles in one pass. Up to 1,000 nodes the spectral
    // start is refined force-directed (500 nodes: about 2 s); above that only the spectral draft
    // runs (2,000 nodes / 8,000 edges: about 1 s), because the refinement took almost two minutes
    // there in headless Chromium on this machine (see docs/notes/graph.md).
    const draft = nodes.length > 1000;
    const layout = connected.layout({
      name: 'fcose',
      quality: draft ? 'draft' : 'default',
      randomize: fixed.length === 0,
      fixedNodeConstraint: fixed.length ? fixed : undefined,
      animate: false,
      fit: false,
      numIter: nodes.length > 500 ? 1000 : 2500,
      nodeRepulsion: large ? 12000 : 6500,
      idealEdgeLength: draft ? 150 : large ? 90 : 70,
      nodeSeparation: 60,
      packComponents: fixed.length === 0,
      nodeDimensionsIncludeLabels: false,
    });
    layout.one('layoutstop', done);
    layout.run();
  }

  /** Keeps the positions of the drawn actors with cooperations (and the view) for the next picture. */
  _remember(cy) {
    cy.nodes('node.actor').forEach((n) => {
      if (n.parent().length === 0) this._positions.set(n.id(), { ...n.position() });
    });
    this._viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  }

  /**
   * Puts the pinned actors exactly where they were: the whole layout is first moved by their mean
   * drift (so new actors keep their place relative to them), then each pinned one is set.
   */
  _pin(cy, fixed) {
    let dx = 0;
    let dy = 0;
    for (const f of fixed) {
      const p = cy.getElementById(f.nodeId).position();
      dx += (f.position.x - p.x) / fixed.length;
      dy += (f.position.y - p.y) / fixed.length;
    }
    cy.nodes('node.actor').forEach((n) => {
      if (n.parent().length === 0) n.position({ x: n.position('x') + dx, y: n.position('y') + dy });
    });
    for (const f of fixed) cy.getElementById(f.nodeId).position({ ...f.position });
  }

  /** Actors without a cooperation in the picture: in rows below the drawing, inside a labelled frame. */
  _placeAlone(cy, connected) {
    const alone = cy.nodes('node.actor').filter((n) => n.parent().length > 0);
    if (alone.length === 0) return;
    const box = connected.nodes().length
      ? connected.boundingBox()
      : { x1: 0, y1: 0, x2: Math.max(600, alone.length * 15), y2: 0, w: Math.max(600, alone.length * 15) };
    const step = 150;
    // As wide as the drawing, and at least about twice as wide as high.
    const columns = Math.max(4, Math.floor(box.w / step), Math.ceil(Math.sqrt(alone.length * 4)));
    alone.forEach((n, i) => {
      n.position({ x: box.x1 + (i % columns) * step + step / 2, y: box.y2 + 120 + Math.floor(i / columns) * 70 });
    });
  }

  _highlight(center = true) {
    const cy = this.cy;
    cy.elements().removeClass('faded near');
    cy.nodes().unselect();
    if (!this._selected) return;
    const node = cy.getElementById(this._selected);
    if (node.empty()) return;
    node.select();
    const near = node.closedNeighborhood();
    cy.elements('node.actor, edge').not(near).addClass('faded');
    node.connectedEdges().addClass('near');
    if (center) {
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.3) }, { duration: 250 });
    }
  }

  /** Downloads the whole picture as PNG (twice the screen's resolution). */
  exportPng(fileName) {
    if (!this.cy) return;
    const blob = this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' });
    this._download(blob, fileName);
  }

  /** Downloads the whole picture as SVG (cytoscape-svg). */
  exportSvg(fileName) {
    if (!this.cy) return;
    const text = this.cy.svg({ full: true, bg: '#ffffff' });
    this._download(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), fileName);
  }

  _download(blob, fileName) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

customElements.define('network-graph', NetworkGraph);
