// Draws the dashboard from the example's JSON API with Chart.js. What it drew is kept in window.dashboard
// (labels and values read back from the Chart instances) and document.body.dataset.rendered turns "true"
// once every chart is drawn ("error" if a request failed), so a browser test can check the page.
'use strict';

const dashboard = { charts: {}, instances: {} };
window.dashboard = dashboard;

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const palette = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099', '#0099c6', '#dd4477', '#66aa00',
  '#b82e2e', '#316395', '#994499', '#22aa99', '#aaaa11', '#6633cc', '#e67300', '#8b0707'];

async function fetchJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(path + ': ' + response.status + ' ' + (problem.detail || response.statusText));
  }
  return response.json();
}

function draw(name, canvasId, type, labels, values, options = {}) {
  const existing = dashboard.instances[name];
  if (existing) {
    existing.destroy();
  }
  const horizontal = options.indexAxis === 'y';
  const chart = new Chart(document.getElementById(canvasId), {
    type,
    data: {
      labels,
      datasets: [{
        label: options.label || 'Revenue (USD)',
        data: values,
        backgroundColor: type === 'doughnut' ? palette : '#3366cc',
        borderColor: type === 'line' ? '#3366cc' : undefined,
        tension: 0.2,
      }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: options.indexAxis || 'x',
      plugins: {
        legend: { display: type === 'doughnut', position: 'right', labels: { boxWidth: 12, font: { size: 11 } } },
      },
      scales: type === 'doughnut' ? {} : { [horizontal ? 'x' : 'y']: { beginAtZero: true } },
    },
  });
  dashboard.instances[name] = chart;
  // What was drawn, read back from the chart itself.
  dashboard.charts[name] = { labels: [...chart.data.labels], values: [...chart.data.datasets[0].data] };
  return chart;
}

async function drawByMonth(year) {
  const rows = await fetchJson('api/revenue/by-month' + (year ? '?year=' + encodeURIComponent(year) : ''));
  draw('byMonth', 'by-month', 'line',
    rows.map(row => row.year + '-' + String(row.month).padStart(2, '0')), rows.map(row => row.revenue));
  return rows;
}

async function render() {
  const [totals, byCountry, byGenre, byMonth, customers, artists] = await Promise.all([
    fetchJson('api/totals'),
    fetchJson('api/revenue/by-country'),
    fetchJson('api/revenue/by-genre'),
    drawByMonth(''),
    fetchJson('api/top/customers?limit=10'),
    fetchJson('api/top/artists?limit=10'),
  ]);
  document.getElementById('total-revenue').textContent = money.format(totals.revenue);
  document.getElementById('total-invoices').textContent = totals.invoices;
  document.getElementById('total-customers').textContent = totals.customers;
  dashboard.totals = totals;

  draw('byCountry', 'by-country', 'bar', byCountry.map(row => row.country), byCountry.map(row => row.revenue));
  draw('byGenre', 'by-genre', 'doughnut', byGenre.map(row => row.genre), byGenre.map(row => row.revenue));
  draw('topCustomers', 'top-customers', 'bar', customers.map(row => row.firstName + ' ' + row.lastName),
    customers.map(row => row.spent), { indexAxis: 'y' });
  draw('topArtists', 'top-artists', 'bar', artists.map(row => row.name), artists.map(row => row.revenue),
    { indexAxis: 'y' });

  const select = document.getElementById('year');
  [...new Set(byMonth.map(row => row.year))].forEach(year => select.add(new Option(year, year)));
  select.addEventListener('change', () => drawByMonth(select.value).catch(showError));
}

function showError(error) {
  const message = document.getElementById('error');
  message.textContent = 'Could not draw the dashboard: ' + error.message;
  message.hidden = false;
  document.body.dataset.rendered = 'error';
  document.body.dataset.error = error.message;
}

render()
  .then(() => requestAnimationFrame(() => { document.body.dataset.rendered = 'true'; }))
  .catch(showError);
