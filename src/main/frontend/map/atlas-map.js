// <atlas-map>: the district / municipality map of the Kooperationsatlas, drawn with Leaflet's SVG
// renderer (no WebGL, no tile server needed). The server sends one configuration object through
// show(json); outlines are fetched from /api/map/... (cached by the browser and here).
import * as L from 'leaflet';

const outlines = new Map();

function loadOutlines(url) {
  if (!outlines.has(url)) {
    const request = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } }).then(
      (response) => {
        if (!response.ok) {
          throw new Error(`${url}: HTTP ${response.status}`);
        }
        return response.json();
      }
    );
    request.catch(() => outlines.delete(url));
    outlines.set(url, request);
  }
  return outlines.get(url);
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) {
    element.className = className;
  }
  return element;
}

class AtlasMap extends HTMLElement {
  connectedCallback() {
    if (this.map) {
      requestAnimationFrame(() => this.map.invalidateSize());
      return;
    }
    this.canvas = document.createElement('div');
    this.canvas.className = 'atlas-map-canvas';
    this.appendChild(this.canvas);
    this.map = L.map(this.canvas, {
      renderer: L.svg({ padding: 0.3 }),
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      minZoom: 4,
      maxZoom: 14,
      attributionControl: true,
    });
    this.map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>'
    );
    this.map.setView([51.16, 10.45], 6);
    this.legend = L.control({ position: 'bottomright' });
    this.legend.onAdd = () => {
      const box = L.DomUtil.create('div', 'atlas-legend');
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    this.legend.addTo(this.map);
    this.shapes = new Map();
    this.seatMarkers = [];
    this.layers = [];
    new ResizeObserver(() => this.map.invalidateSize()).observe(this.canvas);
    // Refit when the page is laid out for print (A4 landscape) and back: Chrome switches the print
    // media query before it renders the pages, while beforeprint still sees the screen layout.
    window.addEventListener('beforeprint', () => this._refit());
    window.addEventListener('afterprint', () => this._refit());
    window.matchMedia('print').addEventListener('change', () => this._refit());
    if (this._pending) {
      const pending = this._pending;
      this._pending = null;
      this.show(pending);
    }
  }

  /** Draws the map described by the JSON text (see MapView). */
  show(json) {
    if (!this.map) {
      this._pending = json;
      return;
    }
    const config = JSON.parse(json);
    this.config = config;
    this.rendered = false;
    const started = performance.now();
    const token = (this._token = (this._token || 0) + 1);
    Promise.all([loadOutlines(config.shapesUrl), ...config.outlineUrls.map(loadOutlines)])
      .then(([shapes, ...lines]) => {
        if (token === this._token) {
          this.error = null;
          this._draw(config, shapes, lines);
          this.drawnInMs = Math.round(performance.now() - started);
        }
      })
      .catch((error) => {
        this.error = String(error);
        this.dispatchEvent(new CustomEvent('map-error', { detail: { message: String(error) } }));
      });
  }

  _draw(config, shapes, lines) {
    this.layers.forEach((layer) => layer.remove());
    this.layers = [];
    this.shapes = new Map();
    this.seatMarkers = [];
    this._tiles(config.tiles);

    const inFocus = (feature) => !config.focus || feature.properties.ags.startsWith(config.focus);
    const selected = config.selected;
    const shapeLayer = L.geoJSON(shapes, {
      filter: inFocus,
      style: (feature) => this._style(feature.properties.ags, feature.properties.ags === selected),
      onEachFeature: (feature, layer) => {
        const ags = feature.properties.ags;
        const region = config.regions[ags];
        const tip = document.createElement('div');
        tip.append(text('strong', region ? region.name : feature.properties.name));
        tip.append(document.createElement('br'));
        tip.append(text('span', `${config.figureName}: ${region ? region.label : config.noData.label}`));
        layer.bindTooltip(tip, { sticky: true, direction: 'top', offset: [0, -8] });
        layer.on('click', () => this._select(ags));
        layer.on('mouseover', () => layer.setStyle({ weight: 2.5, color: '#111' }));
        layer.on('mouseout', () => layer.setStyle(this._style(ags, ags === this.config.selected)));
        this.shapes.set(ags, layer);
      },
    }).addTo(this.map);
    this.layers.push(shapeLayer);

    lines.forEach((collection, index) => {
      const line = config.outlineStyles[index];
      const layer = L.geoJSON(collection, {
        filter: (feature) => !line.prefix || feature.properties.ags.startsWith(line.prefix),
        style: () => ({ color: line.colour, weight: line.weight, fill: false, opacity: 0.9 }),
        interactive: false,
      }).addTo(this.map);
      this.layers.push(layer);
    });

    const seats = L.layerGroup().addTo(this.map);
    (config.seats || []).forEach((seat) => {
      const marker = L.circleMarker([seat.lat, seat.lon], {
        radius: 4 + 2 * Math.sqrt(seat.actors.length),
        color: '#ffffff',
        weight: 1.5,
        fillColor: '#d4380d',
        fillOpacity: 0.95,
        className: 'atlas-seat',
      });
      const tip = document.createElement('div');
      tip.append(text('strong', seat.name));
      tip.append(document.createElement('br'));
      tip.append(text('span', config.labels.seat.replace('{0}', seat.actors.length)));
      seat.actors.slice(0, 8).forEach((actor) => {
        tip.append(document.createElement('br'));
        tip.append(text('span', `· ${actor.name}`));
      });
      if (seat.actors.length > 8) {
        tip.append(document.createElement('br'));
        tip.append(text('span', '…'));
      }
      marker.bindTooltip(tip, { direction: 'top', offset: [0, -6] });
      marker.on('click', () => this.dispatchEvent(new CustomEvent('seat-click', { detail: { ags: seat.ags } })));
      marker.addTo(seats);
      marker.getElement().setAttribute('data-ags', seat.ags);
      this.seatMarkers.push(marker);
    });
    this.layers.push(seats);

    shapeLayer.eachLayer((layer) => {
      const element = layer.getElement();
      if (element) {
        element.setAttribute('data-ags', layer.feature.properties.ags);
        element.classList.add('atlas-shape');
      }
    });
    this.shapeLayer = shapeLayer;
    config.noData.count = [...this.shapes.keys()].filter((ags) => !config.regions[ags]).length;
    this._legend(config);
    if (this._attribution) {
      this.map.attributionControl.removeAttribution(this._attribution);
    }
    this._attribution = config.attribution;
    this.map.attributionControl.addAttribution(config.attribution);
    if (this._fitted !== config.view) {
      this._fitted = config.view;
      this._refit();
    }
    if (selected && this.shapes.has(selected)) {
      this.shapes.get(selected).bringToFront();
    }
    seats.eachLayer((marker) => marker.bringToFront());
    this.rendered = true;
    this.dispatchEvent(new CustomEvent('map-rendered'));
  }

  _style(ags, selected) {
    const region = this.config.regions[ags];
    return {
      fillColor: region ? region.colour : this.config.noData.colour,
      fillOpacity: 1,
      color: selected ? '#000000' : '#ffffff',
      weight: selected ? 3 : this.config.borderWeight,
      opacity: 1,
    };
  }

  _select(ags) {
    const previous = this.config.selected;
    this.config.selected = ags;
    if (previous && this.shapes.has(previous)) {
      this.shapes.get(previous).setStyle(this._style(previous, false));
    }
    if (this.shapes.has(ags)) {
      this.shapes.get(ags).setStyle(this._style(ags, true)).bringToFront();
    }
    this.dispatchEvent(new CustomEvent('region-click', { detail: { ags } }));
  }

  _refit() {
    if (!this.shapeLayer) {
      return;
    }
    this.map.invalidateSize();
    const bounds = this.shapeLayer.getBounds();
    if (bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [12, 12], animate: false });
    }
  }

  _tiles(tiles) {
    const url = tiles && tiles.url ? tiles.url : null;
    if (this.tileLayer && this.tileLayer._url !== url) {
      this.tileLayer.remove();
      this.tileLayer = null;
    }
    if (url && !this.tileLayer) {
      this.tileLayer = L.tileLayer(url, { attribution: tiles.attribution || '', maxZoom: 18 }).addTo(this.map);
    }
    this.classList.toggle('with-tiles', !!url);
  }

  _legend(config) {
    const box = this.legend.getContainer();
    box.replaceChildren();
    box.append(text('div', config.figureName, 'atlas-legend-title'));
    const rows = document.createElement('ul');
    const entries = [...config.legend];
    if (config.noData.count > 0) {
      entries.unshift({ colour: config.noData.colour, label: config.noData.label, count: config.noData.count });
    }
    entries.forEach((entry) => {
      const row = document.createElement('li');
      row.className = 'atlas-legend-class';
      row.dataset.colour = entry.colour;
      if (entry.lower !== undefined) {
        row.dataset.lower = entry.lower;
        row.dataset.upper = entry.upper;
      }
      const swatch = document.createElement('span');
      swatch.className = 'atlas-swatch';
      swatch.style.background = entry.colour;
      row.append(swatch, text('span', entry.label), text('span', ` (${entry.count})`, 'atlas-legend-count'));
      rows.append(row);
    });
    box.append(rows);
    if (config.seats && config.seats.length) {
      const row = document.createElement('div');
      row.className = 'atlas-legend-seats';
      const dot = document.createElement('span');
      dot.className = 'atlas-seat-dot';
      row.append(dot, text('span', config.labels.seats));
      box.append(row);
    }
  }
}

customElements.define('atlas-map', AtlasMap);
