// The upload page: each chosen or dropped file goes to POST /api/v1/documents on its own, one
// after another, with a progress bar while it is sent and the server's steps after that (asked at
// GET /api/v1/uploads/{id} under the id the page gives it); then its row shows the outcome as
// `policylink ingest` prints it, and a line below follows the dense vectors computed afterwards.
(function () {
  "use strict";
  const form = document.getElementById("upload-form");
  const input = document.getElementById("files");
  const zone = document.getElementById("dropzone");
  const table = document.getElementById("uploads");
  const error = document.getElementById("error");
  const summary = document.getElementById("summary");
  const maxFiles = Number(form.dataset.maxFiles);
  const vectors = document.getElementById("vectors");
  const LABELS = { new: "mới", new_version: "phiên bản mới", unchanged: "không đổi", failed: "lỗi" };
  // the server's steps, the share of the bar each has reached when it begins, and what the note says
  const STEPS = [
    { step: "read", label: "đọc tệp", bar: 40, note: "đang đọc tệp…" },
    { step: "extract", label: "trích xuất", bar: 55, note: "đang trích xuất nhiệm vụ, thời hạn, cơ quan, trích dẫn…" },
    { step: "store", label: "lưu", bar: 70, note: "đang lưu vào kho…" },
    { step: "index", label: "lập chỉ mục", bar: 85, note: "đang lập chỉ mục tìm kiếm…" },
  ];
  const POLL_MS = 250;
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
    const steps = document.createElement("ol");
    steps.className = "steps";
    for (const s of STEPS) {
      const item = document.createElement("li");
      item.dataset.step = s.step;
      item.textContent = s.label;
      steps.appendChild(item);
    }
    progressCell.appendChild(steps);
    for (let i = 0; i < 4; i++) cell(row, "");
    row.dataset.seen = "";
    return { row: row, bar: bar, note: note, steps: steps, reached: -1 };
  }

  function uploadId() {
    const bytes = new Uint8Array(12); // crypto.randomUUID needs https; this works on an intranet's http
    crypto.getRandomValues(bytes);
    return "tl-" + Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  // Mark the steps before `index` done and `index` itself under way (never going back).
  function reach(line, index) {
    if (index <= line.reached) return;
    line.reached = index;
    const items = line.steps.children;
    for (let i = 0; i < items.length; i++) {
      items[i].className = i < index ? "done" : i === index ? "active" : "";
    }
    if (index < STEPS.length) {
      line.bar.value = STEPS[index].bar;
      line.note.textContent = STEPS[index].note;
    }
    line.row.dataset.seen += (line.row.dataset.seen ? " " : "") + (STEPS[index] ? STEPS[index].step : "done");
  }

  function follow(id, line) {
    let stopped = false;
    async function ask() {
      if (stopped) return;
      try {
        const response = await fetch("/api/v1/uploads/" + id, { headers: { "X-CSRF-Token": form.dataset.csrf } });
        if (response.ok && !stopped) {
          const body = await response.json();
          const index = STEPS.findIndex(function (s) { return s.step === body.step; });
          if (index >= 0) reach(line, index);
        }
      } catch (e) { /* the POST's own answer reports a lost connection */ }
      if (!stopped) setTimeout(ask, POLL_MS);
    }
    ask();
    return function () { stopped = true; };
  }

  function showOutcome(line, outcome) {
    const cells = line.row.cells;
    if (outcome.status === "failed") {
      const current = line.steps.children[Math.max(line.reached, 0)];
      if (current) current.className = "failed";
    } else {
      reach(line, STEPS.length);
    }
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
      const id = uploadId();
      let stop = function () {};
      xhr.open("POST", "/api/v1/documents");
      xhr.setRequestHeader("X-CSRF-Token", form.dataset.csrf);
      xhr.setRequestHeader("X-Upload-Id", id);
      xhr.upload.onprogress = function (event) {
        if (event.lengthComputable && line.reached < 0) {
          const sent = Math.round((event.loaded / event.total) * 100);
          line.bar.value = Math.round(sent * STEPS[0].bar / 100);
          line.note.textContent = "đang gửi " + sent + "%";
        }
      };
      xhr.upload.onload = function () {
        if (line.reached < 0) line.note.textContent = "đã gửi xong; chờ máy chủ nhận tệp…";
        stop = follow(id, line);
      };
      xhr.onloadend = function () { stop(); };
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
    if (counts.new + counts.new_version > 0) followVectors();
    input.value = "";
    chosen.textContent = "Chưa chọn tệp nào.";
    dropped = null;
  }

  // Dense vectors ("tìm theo nghĩa") are computed in the background after indexing; words are
  // searchable at once. Follow GET /api/v1/status until every passage has its vector.
  async function followVectors() {
    delete vectors.dataset.done;
    vectors.hidden = false;
    const bar = vectors.querySelector("progress");
    const text = vectors.querySelector("span");
    let idle = 0;
    for (;;) {
      let state = null;
      try { state = await (await fetch("/api/v1/status")).json(); } catch (e) { state = null; }
      const index = state && state.index;
      if (!index) { vectors.hidden = true; break; }
      if (index.pending === 0) {
        bar.max = 1;
        bar.value = 1;
        text.textContent = "Mọi đoạn đã có vector ngữ nghĩa: tìm theo nghĩa đã dùng được đầy đủ.";
        break;
      }
      bar.max = index.passages;
      bar.value = index.passages - index.pending;
      idle = state.embedding ? 0 : idle + 1;
      if (idle >= 3) {
        text.textContent = "Còn " + index.pending + " đoạn chưa có vector ngữ nghĩa; máy chủ sẽ tính tiếp sau. " +
          "Tìm theo từ đã dùng được ngay.";
        break;
      }
      text.textContent = "Đang tính vector ngữ nghĩa ở nền: còn " + index.pending + "/" + index.passages +
        " đoạn. Tìm theo từ đã dùng được ngay; tìm theo nghĩa đầy đủ khi xong.";
      await new Promise(function (resolve) { setTimeout(resolve, 1000); });
    }
    vectors.dataset.done = "true";
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
