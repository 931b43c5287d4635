// Runs in the page (plain JS: loaded as text, so no bundler helper can leak into it).
// Measures one interaction from the input event that triggers it to the paint that follows the
// last DOM change it causes.
// - Start: timeStamp of the first click, keydown, input or change event after arming (the
//   events that trigger updates; the pointerdown before a click is left out, so Playwright's
//   gap between mouse down and up is not counted).
// - DOM changes: a MutationObserver on the whole document notes the time of each.
// - Paints: every frame, a requestAnimationFrame callback posts a MessageChannel message; the
//   message runs just after that frame is painted, so its time marks "after paint".
// - End: the first after-paint mark later than the last DOM change, once the DOM has been quiet
//   for quietMs (so deferred renders, transitions and debounced searches are included).
window.__armLatencyProbe = function armLatencyProbe() {
  const triggers = ["click", "keydown", "input", "change"];
  let start = null;
  let lastChange = null;
  const marks = [];
  const onTrigger = (e) => {
    if (start === null) start = e.timeStamp;
  };
  for (const type of triggers) window.addEventListener(type, onTrigger, { capture: true });
  // Changes before the trigger (e.g. a hover style) are not the interaction's.
  const observer = new MutationObserver(() => {
    if (start !== null) lastChange = performance.now();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  const channel = new MessageChannel();
  channel.port1.onmessage = () => marks.push(performance.now());
  let running = true;
  const frame = () => {
    if (!running) return;
    channel.port2.postMessage(null);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  const stop = () => {
    running = false;
    observer.disconnect();
    channel.port1.close();
    for (const type of triggers) window.removeEventListener(type, onTrigger, { capture: true });
  };

  window.__latencyProbe = {
    settle: (quietMs, maxMs) =>
      new Promise((resolve) => {
        const began = performance.now();
        const check = () => {
          const now = performance.now();
          const quietSince = lastChange ?? start ?? began;
          const timedOut = now - began > maxMs;
          if ((start !== null && now - quietSince >= quietMs) || timedOut) {
            stop();
            const end = lastChange === null ? null : (marks.find((m) => m > lastChange) ?? null);
            resolve({ start, lastChange, end, timedOut });
          } else setTimeout(check, 20);
        };
        check();
      }),
  };
};

// The browser's own view, as a cross-check: Event Timing entries of interactions that took
// 16 ms or more from input to the next paint (the API reports nothing shorter).
window.__slowEvents = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) window.__slowEvents.push({ name: e.name, duration: e.duration });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
} catch {
  // No Event Timing API: the cross-check stays empty.
}
