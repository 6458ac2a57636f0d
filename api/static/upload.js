// The upload page: each chosen or dropped file goes to POST /api/v1/documents on its own, one
// after another, with a progress bar while it is sent and while the server reads and indexes it;
// then its row shows the outcome as `policylink ingest` prints it.
(function () {
  "use strict";
  const form = document.getElementById("upload-form");
  const input = document.getElementById("files");
  const zone = document.getElementById("dropzone");
  const table = document.getElementById("uploads");
  const error = document.getElementById("error");
  const summary = document.getElementById("summary");
  const maxFiles = Number(form.dataset.maxFiles);
  const LABELS = { new: "mới", new_version: "phiên bản mới", unchanged: "không đổi", failed: "lỗi" };
  let dropped = null;

  function cell(row, text) {
    const td = row.insertCell();
    td.textContent = text || "";
    return td;
  }

  function addRow(file) {
    const row = table.tBodies[0].insertRow();
    cell(row, file.name);
    const bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    const progressCell = cell(row, "");
    progressCell.appendChild(bar);
    const note = document.createElement("div");
    note.className = "muted";
    note.textContent = "đang chờ";
    progressCell.appendChild(note);
    for (let i = 0; i < 4; i++) cell(row, "");
    return { row: row, bar: bar, note: note };
  }

  function showOutcome(line, outcome) {
    const cells = line.row.cells;
    line.bar.value = 100;
    line.note.textContent = outcome.status === "failed" ? "không nạp được"
      : outcome.indexed ? "đã lưu và đưa vào tra cứu" : "đã lưu; đang chờ vào tra cứu";
    cells[2].textContent = LABELS[outcome.status] || outcome.status;
    cells[2].className = "state-" + outcome.status;
    if (outcome.document_id) {
      const link = document.createElement("a");
      link.href = "/van-ban/" + outcome.document_id.split("/").map(encodeURIComponent).join("/");
      link.textContent = "Xem văn bản";
      cells[3].appendChild(link);
    }
    cells[4].textContent = outcome.sections == null ? "" : String(outcome.sections);
    cells[5].textContent = outcome.error || "";
  }

  function send(file, line) {
    return new Promise(function (resolve) {
      const data = new FormData();
      data.append("files", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/v1/documents");
      xhr.setRequestHeader("X-CSRF-Token", form.dataset.csrf);
      xhr.upload.onprogress = function (event) {
        if (event.lengthComputable) {
          line.bar.value = Math.round((event.loaded / event.total) * 100);
          line.note.textContent = "đang gửi " + line.bar.value + "%";
        }
      };
      xhr.upload.onload = function () {
        line.bar.removeAttribute("value"); // indeterminate while the server reads, extracts and indexes
        line.note.textContent = "đang đọc, trích xuất và đưa vào tra cứu…";
      };
      xhr.onload = function () {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (xhr.status === 200 && body && body.files) {
          showOutcome(line, body.files[0]);
          resolve(body.files[0].status);
        } else {
          const detail = body && body.detail ? body.detail : "Máy chủ trả lời lỗi " + xhr.status + ".";
          showOutcome(line, { status: "failed", error: detail });
          resolve("failed");
        }
      };
      xhr.onerror = function () {
        showOutcome(line, { status: "failed", error: "Mất kết nối tới máy chủ; hãy thử lại." });
        resolve("failed");
      };
      line.note.textContent = "đang gửi 0%";
      xhr.send(data);
    });
  }

  async function upload(files) {
    error.hidden = true;
    if (!files.length) {
      error.textContent = "Hãy chọn hoặc kéo thả ít nhất một tệp văn bản.";
      error.hidden = false;
      return;
    }
    if (files.length > maxFiles) {
      error.textContent = "Chọn tối đa " + maxFiles + " tệp mỗi lần; hãy chia thành nhiều lần tải.";
      error.hidden = false;
      return;
    }
    table.hidden = false;
    const lines = files.map(addRow);
    const counts = { new: 0, new_version: 0, unchanged: 0, failed: 0 };
    for (let i = 0; i < files.length; i++) {
      const status = await send(files[i], lines[i]);
      counts[status] = (counts[status] || 0) + 1;
    }
    summary.textContent = "Đã xử lý " + files.length + " tệp: " + counts.new + " mới, " + counts.new_version +
      " phiên bản mới, " + counts.unchanged + " không đổi, " + counts.failed + " lỗi.";
    summary.dataset.done = "true";
    input.value = "";
    chosen.textContent = "Chưa chọn tệp nào.";
    dropped = null;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    upload(Array.from(dropped || input.files));
  });
  const chosen = document.getElementById("chosen");
  input.addEventListener("change", function () {
    dropped = null;
    const names = Array.from(input.files).map(function (file) { return file.name; });
    chosen.textContent = names.length ? "Đã chọn " + names.length + " tệp: " + names.join(", ") : "Chưa chọn tệp nào.";
  });
  zone.addEventListener("dragover", function (event) {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    zone.classList.remove("over");
    upload(Array.from(event.dataTransfer.files));
  });
})();
