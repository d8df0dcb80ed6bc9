// Draws a PDF's pages with pdf.js and each finding's box on its page; a finding in the list scrolls to its box, a box
// opens its finding (message, arithmetic, rule).
import * as pdfjs from "/lib/pdfjs/pdf.min.mjs";
pdfjs.GlobalWorkerOptions.workerSrc = "/lib/pdfjs/pdf.worker.min.mjs";

const holder = document.getElementById("pdf");
const detail = document.getElementById("detail");
const boxes = JSON.parse(document.getElementById("boxes").textContent);
const boxByKey = new Map();

function text(tag, cls, value) {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  el.textContent = value;
  return el;
}

function showDetail(f) {
  detail.replaceChildren();
  const title = text("h2", "", `${f.severityName} ${f.rule}`);
  title.id = "detail-title";
  detail.append(title, text("p", "where", f.where), text("p", "message", f.message));
  if (f.arithmetic) detail.append(text("p", "arith", f.arithmetic));
  const rule = text("a", "rule", `规则 ${f.rule} 的说明`);
  rule.href = `/rules#${f.rule.toLowerCase()}`;
  const close = text("button", "close", "关闭");
  close.type = "button";
  close.addEventListener("click", () => { detail.hidden = true; });
  const inList = text("a", "", "在列表中查看");
  inList.href = `#f-${f.key}`;
  detail.append(rule, document.createTextNode(" · "), inList, document.createTextNode(" "), close);
  detail.hidden = false;
  detail.dataset.key = f.key;
  document.querySelectorAll(".box.selected").forEach(b => b.classList.remove("selected"));
  boxByKey.get(f.key)?.classList.add("selected");
}

async function render() {
  const doc = await pdfjs.getDocument({ url: holder.dataset.src, cMapUrl: "/lib/pdfjs/cmaps/", cMapPacked: true,
    standardFontDataUrl: "/lib/pdfjs/standard_fonts/", isEvalSupported: false }).promise;
  holder.replaceChildren();
  const width = Math.min(holder.clientWidth || 800, 1000);
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const scale = width / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    const frame = document.createElement("div");
    frame.className = "pdfpage";
    frame.dataset.page = String(n);
    frame.style.width = `${viewport.width}px`;
    frame.style.height = `${viewport.height}px`;
    frame.append(text("span", "pageno", `第 ${n} 页`));
    const canvas = document.createElement("canvas");
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    canvas.setAttribute("aria-label", `第 ${n} 页`);
    frame.append(canvas);
    for (const f of boxes.filter(b => b.page === n)) {
      const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(f.box);
      const box = document.createElement("button");
      box.type = "button";
      box.className = `box sev-${f.severity}`;
      box.dataset.key = f.key;
      box.title = `${f.severityName} ${f.rule}：${f.message}`;
      box.setAttribute("aria-label", box.title);
      Object.assign(box.style, { left: `${Math.min(x0, x1) - 3}px`, top: `${Math.min(y0, y1) - 3}px`,
        width: `${Math.abs(x1 - x0) + 6}px`, height: `${Math.abs(y1 - y0) + 6}px` });
      box.addEventListener("click", () => showDetail(f));
      boxByKey.set(f.key, box);
      frame.append(box);
    }
    holder.append(frame);
    await page.render({ canvasContext: canvas.getContext("2d"), viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null }).promise;
  }
  holder.dataset.rendered = String(doc.numPages);
}

document.querySelectorAll(".finding .show").forEach(button => button.addEventListener("click", () => {
  const key = button.closest(".finding").dataset.key;
  const box = boxByKey.get(key);
  const f = boxes.find(b => b.key === key);
  if (!box || !f) return;
  box.scrollIntoView({ behavior: "instant", block: "center" });
  showDetail(f);
  box.focus();
}));

render().catch(e => { holder.replaceChildren(text("p", "error", `无法显示 PDF：${e.message}`)); });
