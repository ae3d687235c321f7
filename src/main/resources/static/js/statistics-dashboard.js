// Statistics dashboard: draws the ranking (bars) and the trend (line) with ECharts from the
// tables on the page, which stay as the accessible version of the same figures.
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.statistics-chart').forEach(function (element) {
    var data = element.dataset;
    var rows = Array.prototype.slice.call(document.querySelectorAll('#' + data.table + ' tbody tr'));
    var labels = rows.map(function (row) { return row.dataset.label; });
    var values = rows.map(function (row) { return row.dataset.value ? Number(row.dataset.value) : null; });
    var target = data.target ? Number(data.target) : null;
    var bar = data.kind === 'bar';
    var series = {
      type: data.kind,
      data: values,
      itemStyle: { color: '#0d6efd' },
      label: { show: true, position: bar ? 'right' : 'top', formatter: function (p) { return p.value == null ? '' : p.value + data.unit; } },
      connectNulls: false
    };
    if (target != null) {
      series.markLine = {
        symbol: 'none',
        lineStyle: { color: '#fd7e14', type: 'dashed' },
        label: { formatter: data.targetLabel || String(target) },
        data: [bar ? { xAxis: target } : { yAxis: target }]
      };
    }
    var category = { type: 'category', data: bar ? labels.slice().reverse() : labels };
    var amount = { type: 'value', axisLabel: { formatter: '{value}' + data.unit } };
    if (bar) {
      series.data = values.slice().reverse();
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: bar ? amount : category,
      yAxis: bar ? category : amount,
      series: [series],
      animation: false
    });
    element.dataset.ready = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
