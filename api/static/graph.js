/* The citation graph page: draws /api/v1/graph/view with cytoscape (served from node_modules),
   lays it out with fcose, lets people pan, zoom, pick a document (tap) and open it (double tap). */
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  var panel = document.getElementById("node-panel");
  var COLOURS = { cites: "#6b7280", implements: "#1d4ed8", based_on: "#15803d", amends: "#c2410c", replaces: "#b91c1c" };
  // fcose's force-directed passes cost more per pass as the graph grows: fewer passes for larger
  // graphs (1,000 nodes: 1,000 passes, about 2 s), and only its spectral first pass beyond 5,000
  var SPECTRAL_ONLY_ABOVE = 5000;

  function say(text, isError) {
    status.textContent = text;
    status.hidden = !text;
    status.className = isError ? "error" : "";
  }

  if (typeof window.cytoscape !== "function" || typeof window.cytoscapeFcose !== "function") {
    say("Không tải được thư viện vẽ đồ thị (cytoscape). Người quản trị hãy chạy `make install` " +
        "(hoặc `npm ci` trong thư mục mã nguồn) rồi mở lại trang này.", true);
    return;
  }
  window.cytoscape.use(window.cytoscapeFcose);

  function vnDate(iso) {
    if (!iso) return "";
    var p = iso.split("-");
    return Number(p[2]) + "/" + Number(p[1]) + "/" + p[0];
  }

  function focusUrl(id) {
    return "/do-thi?tam=" + encodeURIComponent(id) + "&buoc=" + (box.dataset.steps || "2");
  }

  function show(node) {
    var d = node.data();
    document.getElementById("node-name").textContent = d.name;
    var facts = [d.title, d.issuer, d.date ? "ngày " + vnDate(d.date) : "",
                 d.ingested ? "đã có toàn văn" : "chỉ biết qua trích dẫn",
                 d.cited_by ? d.cited_by + " văn bản trích dẫn" : ""];
    document.getElementById("node-facts").textContent = facts.filter(Boolean).join(" · ");
    document.getElementById("node-open").href = d.url;
    document.getElementById("node-focus").href = focusUrl(d.id);
    panel.hidden = false;
  }

  function draw(data) {
    var elements = [];
    data.nodes.forEach(function (n) { elements.push({ group: "nodes", data: n, classes: n.ingested ? "ingested" : "cited" }); });
    data.edges.forEach(function (e, i) {
      elements.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target, relation: e.relation, label: e.label } });
    });
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: [
        { selector: "node", style: {
          "shape": "round-rectangle", "width": "mapData(cited_by, 0, 20, 26, 60)", "height": "mapData(cited_by, 0, 20, 18, 40)",
          "background-color": "#fff", "border-width": 1, "border-color": "#6b7280", "border-style": "dashed",
          "label": "data(label)", "font-size": 9, "text-wrap": "wrap", "text-max-width": 120,
          "text-valign": "bottom", "text-margin-y": 3, "min-zoomed-font-size": 7, "color": "#1d232a" } },
        { selector: "node.ingested", style: { "background-color": "#fde68a", "border-style": "solid", "border-color": "#b45309" } },
        { selector: "node.center", style: { "border-width": 4, "border-color": "#1d4ed8", "font-weight": "bold" } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#dc2626", "border-style": "solid" } },
        { selector: "edge", style: {
          "width": 1.2, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
          "line-color": function (e) { return COLOURS[e.data("relation")] || "#6b7280"; },
          "target-arrow-color": function (e) { return COLOURS[e.data("relation")] || "#6b7280"; },
          "opacity": 0.7 } },
        { selector: ".faded", style: { "opacity": 0.12 } },
        { selector: "edge.near", style: { "label": "data(label)", "font-size": 8, "text-rotation": "autorotate", "opacity": 1, "width": 2 } }
      ]
    });
    if (data.center) cy.getElementById(data.center).addClass("center");
    cy.on("tap", "node", function (event) {
      var node = event.target;
      var near = node.closedNeighborhood();
      cy.elements().addClass("faded").removeClass("near");
      near.removeClass("faded");
      near.edges().addClass("near");
      show(node);
      box.dataset.selected = node.id();
    });
    cy.on("dbltap", "node", function (event) { window.location.href = event.target.data("url"); });
    cy.on("tap", function (event) {
      if (event.target === cy) {
        cy.elements().removeClass("faded near");
        panel.hidden = true;
        box.dataset.selected = "";
      }
    });
    var count = data.nodes.length;
    var layout = cy.layout({ name: "fcose", quality: count > SPECTRAL_ONLY_ABOVE ? "draft" : "default",
                             numIter: Math.max(250, Math.min(2500, Math.round(1e6 / count))),
                             animate: false, randomize: true, nodeSeparation: 60, idealEdgeLength: 70,
                             packComponents: true });
    layout.one("layoutstop", function () {
      cy.fit(undefined, 30);
      if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); } // a small neighbourhood at reading size
      say("");
      box.dataset.ready = "1";
      box.dataset.nodes = String(data.nodes.length);
    });
    layout.run();
    window.policylinkGraph = cy; // for the browser tests and for people poking at the page
  }

  if (!box) return;
  fetch(box.dataset.source, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        return response.json().then(function (body) { throw new Error(body.detail || response.statusText); });
      }
      return response.json();
    })
    .then(function (data) {
      if (!data.nodes.length) {
        say("Kho chưa có văn bản nào để vẽ. Hãy nạp văn bản trước.", false);
        return;
      }
      say("Đang sắp xếp " + data.nodes.length.toLocaleString("vi-VN") + " văn bản…");
      window.setTimeout(function () { draw(data); }, 0);
    })
    .catch(function (error) { say("Không tải được dữ liệu đồ thị: " + error.message, true); });
})();
