/*!
 * Bilateral-relations timeline: host-page helper. Include once on a page that embeds one or
 * more timeline iframes; it sizes each frame to the height the timeline asks for.
 *   <script src="https://YOUR-HOST/embed.js" async></script>
 * No dependencies. It only reads messages whose type starts with "bilateral-timeline:" and
 * that come from one of the page's own iframes; it changes nothing but that frame's height.
 */
(function () {
  'use strict';
  if (window.__bilateralTimelineEmbed) return;
  window.__bilateralTimelineEmbed = true;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'bilateral-timeline:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 100 || height > 20000) return;
    var frame = frameOf(event.source);
    // Frames with a fixed height (data-height="fixed") keep it.
    if (!frame || frame.getAttribute('data-height') === 'fixed') return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
