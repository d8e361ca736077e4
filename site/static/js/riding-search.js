// The riding choice's search, as one types (petitions/templates/petitions/includes/riding_choice.html).
// Without JavaScript the search form is a GET that reloads the page with the matches; with it,
// the same matching runs here on every riding of the fieldset (hidden ones included), showing at
// most data-max-shown of them. Folding as on the server (home/text.py comparison_key): case,
// accents, dashes and apostrophes.
(function () {
    "use strict";

    function fold(text) {
        return text
            .normalize("NFKD")
            .replace(/[\u0300-\u036f]/g, "")
            .replace(/œ/g, "oe")
            .replace(/æ/g, "ae")
            .replace(/[-\u2010-\u2015\u2212]/g, " ")
            .replace(/[\u2018\u2019`´]/g, "'")
            .toLowerCase()
            .replace(/\s+/g, " ")
            .trim();
    }

    function setUp(search, fieldset) {
        var input = search.querySelector("input[name=q]");
        var status = fieldset.querySelector("[data-riding-status]");
        var max = parseInt(fieldset.getAttribute("data-max-shown"), 10) || 15;
        var choices = Array.prototype.slice.call(fieldset.querySelectorAll("[data-riding-name]"));
        var initial = choices.map(function (choice) { return choice.hidden; });
        var initialStatus = status.textContent;
        var names = choices.map(function (choice) { return fold(choice.getAttribute("data-riding-name")); });

        function filter() {
            var words = fold(input.value).split(" ").filter(Boolean);
            if (!words.length) {
                choices.forEach(function (choice, i) { choice.hidden = initial[i]; });
                status.textContent = initialStatus;
                return;
            }
            var matches = 0;
            choices.forEach(function (choice, i) {
                var match = words.every(function (word) { return names[i].indexOf(word) !== -1; });
                var checked = choice.querySelector("input").checked;
                if (match) { matches += 1; }
                choice.hidden = !(checked || (match && matches <= max));
            });
            if (matches === 0) {
                status.textContent = status.getAttribute("data-none");
            } else if (matches > max) {
                status.textContent = status.getAttribute("data-more");
            } else {
                status.textContent = status.getAttribute("data-some");
            }
        }

        input.addEventListener("input", filter);
        search.addEventListener("submit", function (event) {
            event.preventDefault();
            filter();
        });
    }

    document.querySelectorAll("[data-riding-search]").forEach(function (search) {
        var fieldset = document.querySelector("[data-riding-choices]");
        if (fieldset) { setUp(search, fieldset); }
    });
})();
