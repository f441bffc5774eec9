// Renders each diagram into the page with the Mermaid loaded before it, then measures what the
// browser drew (tests/browser_mermaid.py reads the result). Overlaps are compared with a pixel
// of tolerance: boxes that only touch do not overlap.
const overlap = (a, b) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
const box = (e) => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height, text: e.textContent.trim()}; };
async function measure(diagrams) {
  mermaid.initialize({startOnLoad: false, securityLevel: "loose"});
  const results = [];
  for (let i = 0; i < diagrams.length; i++) {
    const holder = document.createElement("div");
    document.body.appendChild(holder);
    const problems = [];
    try {
      const {svg} = await mermaid.render("d" + i, diagrams[i]);
      holder.innerHTML = svg;
      if (/Syntax error|Parse error/.test(holder.textContent)) problems.push("does not render: " + holder.textContent.slice(0, 200));
      const nodes = [...holder.querySelectorAll("g.node")].map(box);
      const labels = [...holder.querySelectorAll("g.edgeLabel")].map(box).filter((l) => l.text && l.w > 0 && l.h > 0);
      if (!nodes.length) problems.push("draws no node");
      for (let a = 0; a < nodes.length; a++) for (let b = a + 1; b < nodes.length; b++)
        if (overlap(nodes[a], nodes[b])) problems.push(`node boxes overlap: ${nodes[a].text} / ${nodes[b].text}`);
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++)
          if (overlap(labels[a], labels[b])) problems.push(`edge labels overlap: ${labels[a].text} / ${labels[b].text}`);
        for (const node of nodes)
          if (overlap(labels[a], node)) problems.push(`edge label over a node: ${labels[a].text} / ${node.text}`);
      }
    } catch (error) {
      problems.push("does not render: " + String(error && error.message || error).slice(0, 200));
    }
    results.push(problems);
    holder.remove();
  }
  return results;
}
