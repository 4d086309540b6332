// Progressive enhancement: move focus to the error summary so keyboard and screen-reader users start there.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
});
