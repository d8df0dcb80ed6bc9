// Drag and drop with a progress bar: the files go up in one multipart request (the anti-forgery token included) and the
// page lists what became of each, linked to its findings.
(() => {
  const form = document.getElementById("upload");
  if (!form) return;
  const input = document.getElementById("files");
  const drop = document.getElementById("drop");
  const progress = document.getElementById("progress");
  const status = document.getElementById("upload-status");
  const list = document.getElementById("uploaded");

  function send(files) {
    if (!files.length) { status.textContent = "请先选择文件"; return; }
    const data = new FormData();
    data.append(form.querySelector("input[type=hidden]").name, form.querySelector("input[type=hidden]").value);
    for (const f of files) data.append("files", f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = e => { if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total); };
    xhr.upload.onload = () => { status.textContent = "已上传，正在读取并审核…"; };
    xhr.onload = () => {
      progress.hidden = true;
      let answer;
      try { answer = JSON.parse(xhr.responseText); } catch { status.textContent = `上传失败（${xhr.status}）`; return; }
      if (!Array.isArray(answer)) { status.textContent = answer.error || `上传失败（${xhr.status}）`; return; }
      status.textContent = `完成：${answer.filter(r => r.url).length} 个文件已入库`;
      list.replaceChildren();
      for (const r of answer) {
        const li = document.createElement("li");
        if (r.url) {
          const a = document.createElement("a");
          a.href = r.url; a.textContent = r.name;
          li.append(a, document.createTextNode(r.status === "stored" ? "：已在库中" : "：已入库"));
        } else li.textContent = `${r.name}：${r.reason}`;
        list.append(li);
      }
    };
    xhr.onerror = () => { progress.hidden = true; status.textContent = "上传失败：网络错误"; };
    progress.value = 0; progress.hidden = false; status.textContent = "正在上传…";
    xhr.send(data);
  }

  form.addEventListener("submit", e => { e.preventDefault(); send(input.files); });
  ["dragenter", "dragover"].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.remove("over"); }));
  drop.addEventListener("drop", e => send(e.dataTransfer.files));
})();
