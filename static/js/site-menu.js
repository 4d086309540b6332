// The header's menu is a <details> element that folds on small screens. Browsers that cannot show
// its content on wide screens by CSS alone (no ::details-content) get it opened here instead.
(function () {
  var menu = document.getElementById("site-menu");
  if (!menu || !window.matchMedia || CSS.supports("selector(::details-content)")) return;
  var wide = window.matchMedia("(min-width: 64em)");
  function sync() { if (wide.matches) menu.open = true; }
  sync();
  wide.addEventListener("change", sync);
})();
