/**
 * The two small scripts of a responsive embed, as Datawrapper's: the card (inside the frame)
 * posts its height to the host page whenever it changes, and the host script (on the host page,
 * once) sets the height of the frame the message came from. Both are plain files under /embed/
 * on this site, so the card's strict Content-Security-Policy ('self' only, no inline script) holds.
 * Written as ES5 so that any host page's browser runs them; the card works without either.
 */

/** The message's `type`: what the host script listens for. */
export const HEIGHT_MESSAGE = "positions-matrix:height";
/**
 * What the host script asks each card when it starts: the host script loads async, so a card may
 * have posted its last height before anyone listened, and then answers this with it.
 */
export const HEIGHT_REQUEST = "positions-matrix:height-please";

/**
 * Inside the card: applies `?theme=` at once (before the first paint: the tag is in the head,
 * not deferred), then posts the card's height to the parent on load, on every resize, and when
 * the parent asks (HEIGHT_REQUEST).
 */
export const CARD_SCRIPT = `(function () {
  var root = document.documentElement;
  var theme = new URLSearchParams(location.search).get("theme");
  root.setAttribute("data-theme", theme === "dark" || theme === "auto" ? theme : "light");
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var article = document.querySelector("article");
    if (!article) return;
    var height = Math.ceil(article.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: ${JSON.stringify(HEIGHT_MESSAGE)}, height: height, href: location.href }, "*");
  }
  document.addEventListener("DOMContentLoaded", function () {
    send();
    if (window.ResizeObserver) new ResizeObserver(send).observe(document.querySelector("article"));
  });
  window.addEventListener("load", send);
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== ${JSON.stringify(HEIGHT_REQUEST)}) return;
    last = 0;
    send();
  });
})();
`;

/**
 * On the host page: sizes each frame whose card posts its height. It trusts only messages from
 * this script's own site, and only for the frame that sent them. Loaded async, it may start after
 * a card has posted its height: it asks every frame of its site for it once it listens.
 */
export const HOST_SCRIPT = `(function () {
  var script = document.currentScript;
  if (!script || window.__positionsMatrixEmbeds) return;
  window.__positionsMatrixEmbeds = true;
  var origin = new URL(script.src).origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + "px";
    }
  });
  var cards = document.getElementsByTagName("iframe");
  for (var c = 0; c < cards.length; c++) {
    // A frame still loading gets nothing (its document is not yet of this origin); its card then posts on load.
    if (cards[c].src.indexOf(origin + "/") === 0 && cards[c].contentWindow) cards[c].contentWindow.postMessage({ type: ${JSON.stringify(HEIGHT_REQUEST)} }, origin);
  }
})();
`;

export const SCRIPT_HEADERS = {
  "Content-Type": "text/javascript; charset=utf-8",
  // Hosts link these addresses for years: a day's cache, revalidated.
  "Cache-Control": "public, max-age=86400",
};
