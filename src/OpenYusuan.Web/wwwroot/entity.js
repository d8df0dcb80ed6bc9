// Draws the entity page's charts with ECharts from the specifications the page carries (#charts).
(() => {
  const specs = JSON.parse(document.getElementById("charts").textContent);
  const drawn = [];
  for (const spec of specs) {
    const el = document.getElementById(`chart-${spec.id}`);
    if (!el) continue;
    const chart = echarts.init(el, null, { renderer: "canvas" });
    const twoAxes = spec.series.some(s => s.axis === 1);
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { type: "scroll", top: 0 },
      grid: { left: 60, right: twoAxes ? 50 : 20, top: 64, bottom: 30, containLabel: true },
      xAxis: { type: "category", data: spec.categories },
      yAxis: twoAxes ? [{ type: "value", name: spec.unit }, { type: "value", name: "%" }] : { type: "value", name: spec.unit },
      series: spec.series.map(s => ({ name: s.name, type: s.type, data: s.data, stack: s.stack ? "all" : undefined, yAxisIndex: s.axis })),
      aria: { enabled: true },
    });
    drawn.push(chart);
  }
  window.addEventListener("resize", () => drawn.forEach(c => c.resize()));
})();
