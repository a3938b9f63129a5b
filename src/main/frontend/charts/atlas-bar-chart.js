// <atlas-bar-chart>: sorted horizontal bars drawn with Chart.js on a canvas (no WebGL). The server
// sends {labels, values, shown, colour, axis, keys} through show(json); a click on a bar reports its key.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const BAR = 18;

class AtlasBarChart extends HTMLElement {
  connectedCallback() {
    if (this.box) {
      return;
    }
    this.box = document.createElement('div');
    this.box.className = 'atlas-bar-chart-box';
    this.box.style.position = 'relative';
    this.box.style.width = '100%';
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.box.appendChild(this.canvas);
    this.appendChild(this.box);
    window.addEventListener('beforeprint', () => this.chart && this.chart.resize());
    if (this._pending) {
      const pending = this._pending;
      this._pending = null;
      this.show(pending);
    }
  }

  show(json) {
    if (!this.box) {
      this._pending = json;
      return;
    }
    const data = JSON.parse(json);
    this.data = data;
    this.box.style.height = `${Math.max(160, data.labels.length * BAR + 70)}px`;
    this.canvas.setAttribute('aria-label', data.axis);
    const dataset = {
      label: data.axis,
      data: data.values,
      backgroundColor: data.colour,
      borderWidth: 0,
      barPercentage: 0.85,
      categoryPercentage: 0.9,
    };
    if (this.chart) {
      this.chart.data.labels = data.labels;
      this.chart.data.datasets = [dataset];
      this.chart.options.scales.x.title.text = data.axis;
      this.chart.options.locale = data.locale;
      this.chart.update('none');
      return;
    }
    this.chart = new Chart(this.canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: [dataset] },
      options: {
        indexAxis: 'y',
        locale: data.locale,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: { label: (context) => `${this.data.axis}: ${this.data.shown[context.dataIndex]}` },
          },
        },
        scales: {
          x: {
            beginAtZero: true,
            position: 'top',
            title: { display: true, text: data.axis },
            grid: { color: 'rgba(0,0,0,0.08)' },
          },
          y: { ticks: { autoSkip: false, font: { size: 11 } }, grid: { display: false } },
        },
        onClick: (event, elements) => {
          if (elements.length) {
            const key = this.data.keys[elements[0].index];
            this.dispatchEvent(new CustomEvent('bar-click', { detail: { key } }));
          }
        },
        onHover: (event, elements) => {
          event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
        },
      },
    });
  }
}

customElements.define('atlas-bar-chart', AtlasBarChart);
