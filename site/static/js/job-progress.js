// Live progress of a background job in the Wagtail admin (packet batches, large imports).
// Markup: home/templates/home/admin/includes/job_progress.html. The element polls its
// data-status-url, which answers {"done", "total", "failed", "finished"}; when the job has
// finished the page reloads to show the outcome. Without JavaScript the bar shows the state at
// page load and a link reloads it.
(function () {
    "use strict";

    var POLL_MS = 1500;

    function update(root, state) {
        var bar = root.querySelector("progress");
        var done = root.querySelector("[data-progress-done]");
        var failed = root.querySelector("[data-progress-failed]");
        bar.max = Math.max(state.total, 1);
        bar.value = state.done;
        bar.textContent = state.total ? Math.round((100 * state.done) / state.total) + "%" : "";
        done.textContent = state.done.toLocaleString() + " / " + state.total.toLocaleString();
        failed.textContent = state.failed.toLocaleString();
        failed.closest("[data-progress-failures]").hidden = state.failed === 0;
    }

    function poll(root) {
        fetch(root.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (state) {
                update(root, state);
                if (state.finished) {
                    window.location.reload();
                } else {
                    window.setTimeout(function () { poll(root); }, POLL_MS);
                }
            })
            .catch(function () {
                window.setTimeout(function () { poll(root); }, POLL_MS * 4);
            });
    }

    document.querySelectorAll("[data-job-progress]").forEach(function (root) {
        if (root.dataset.finished !== "true") {
            window.setTimeout(function () { poll(root); }, POLL_MS);
        }
    });
})();
