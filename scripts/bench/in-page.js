// Injected into the benchmarked page before the app loads (plain JS so no build step can add
// helpers that do not exist in the page). Exposes the measurements as window.__benchFns.
(() => {
  /** Installed before the app loads: records when the first table row appears and every long task. */
  function installProbes() {
    window.__bench = { firstRows: null, longTasks: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__bench.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector("tbody tr[data-item-index]")) {
        window.__bench.firstRows = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }

  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  async function waitForView(predicate) {
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline) {
      const section = document.querySelector("section[data-view]");
      if (section && predicate(section.getAttribute("data-view") ?? "")) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    throw new Error("the view never rendered");
  }

  /** Toggles a facet checkbox `times` times; each sample is click → rows and counts rendered. */
  async function measureFacetToggles(label, param, times) {
    const samples = [];
    for (let i = 0; i < times; i++) {
      const box = [...document.querySelectorAll("input[type=checkbox]")].find((el) =>
        el.getAttribute("aria-label")?.startsWith(label),
      );
      if (!box) throw new Error(`no facet checkbox labelled ${label}`);
      const willCheck = !box.checked;
      const start = performance.now();
      box.click();
      await waitForView((view) => view.includes(`${param}=`) === willCheck);
      await nextPaint();
      samples.push(performance.now() - start);
    }
    return samples;
  }

  /** Types `query` one character at a time, `rounds` times; each sample is keystroke → rows rendered. */
  async function measureTyping(query, rounds) {
    const input = document.querySelector('input[aria-label="Search papers"]');
    if (!input) throw new Error("no search box");
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    const type = (value) => {
      setValue?.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const samples = [];
    for (let round = 0; round < rounds; round++) {
      for (let length = 1; length <= query.length; length++) {
        const prefix = query.slice(0, length);
        const start = performance.now();
        type(prefix);
        await waitForView((view) => new URLSearchParams(view).get("q") === prefix);
        await nextPaint();
        samples.push(performance.now() - start);
      }
      type("");
      await waitForView((view) => !new URLSearchParams(view).has("q"));
      // A pause between rounds, so each round starts a new history entry like a person would.
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
    return samples;
  }

  /** Scrolls the table fast for `ms`: the most rows ever in the DOM, frames over 2× budget, long tasks. */
  async function measureScroll(ms) {
    const scroller = document.querySelector("[data-testid=papers-scroller]");
    if (!scroller) throw new Error("no table scroller");
    const longTasksBefore = window.__bench.longTasks.length;
    let maxRows = 0;
    let droppedFrames = 0;
    let frames = 0;
    const start = performance.now();
    let last = start;
    await new Promise((resolve) => {
      const step = (now) => {
        frames++;
        if (now - last > 1000 / 30) droppedFrames++;
        last = now;
        maxRows = Math.max(maxRows, scroller.querySelectorAll("tbody tr[data-item-index]").length);
        scroller.scrollTop = (scroller.scrollTop + 3000) % Math.max(1, scroller.scrollHeight - scroller.clientHeight);
        if (now - start < ms) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return { maxRows, droppedFrames, frames, longTasks: window.__bench.longTasks.length - longTasksBefore };
  }

  /** Load milestones: first rows, and "interactive" = the end of the last long task of the load. */
  async function loadTimes() {
    for (let i = 0; i < 6000 && window.__bench.firstRows === null; i++) await new Promise((r) => setTimeout(r, 10));
    const firstRows = window.__bench.firstRows;
    if (firstRows === null) throw new Error("no rows appeared");
    // Quiet for a second = the load's work is done.
    for (;;) {
      const lastEnd = Math.max(0, ...window.__bench.longTasks.map((task) => task.end));
      if (performance.now() - Math.max(lastEnd, firstRows) > 1000)
        return { firstRows, interactive: Math.max(firstRows, lastEnd) };
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The app's own loading-phase measures, and when the search worker's index was ready. */
  async function loadPhases() {
    for (let i = 0; i < 1200 && performance.getEntriesByName("search:build").length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const phases = {};
    for (const entry of performance.getEntriesByType("measure")) {
      if (entry.name.startsWith("dataset:")) phases[entry.name.slice(8)] = entry.duration;
    }
    const search = performance.getEntriesByName("search:build")[0];
    return { phases, searchReady: search ? search.startTime + search.duration : null };
  }

  installProbes();
  window.__benchFns = { measureFacetToggles, measureTyping, measureScroll, loadTimes, loadPhases };
})();
