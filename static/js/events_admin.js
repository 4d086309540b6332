// The attendance list's "Print" button: shown only when scripts run (the browser's own Print works without).
document.querySelectorAll("[data-attendance-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});
