// Jobsmith web app enhancements. Every page works without this script; it adds search as you type, checking and
// previewing as you type, editing lists in place and one-click fixes. HTML it inserts comes from the server's own
// templates (which escape user text); text typed by users is only ever set through .value or .textContent.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function debounce(fn, ms) {
    let timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  // Confirmation for destructive forms.
  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });

  // Select a new API token when focused, for copying.
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-select-on-focus]")) event.target.select();
  });

  // Library: search as you type.
  const search = document.querySelector("form[data-live-search]");
  if (search) {
    const results = document.getElementById("library-results");
    let controller = null;
    const run = function () {
      const params = new URLSearchParams(new FormData(search));
      for (const [key, value] of Array.from(params.entries())) if (!value) params.delete(key);
      const query = params.toString();
      history.replaceState(null, "", search.dataset.liveSearch + (query ? "?" + query : ""));
      params.set("fragment", "results");
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(search.dataset.liveSearch + "?" + params.toString(), { signal: controller.signal, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          results.innerHTML = html;
          // The filters' options carry the result count of each choice for the new query.
          const options = results.querySelector("template[data-filter-options]");
          if (!options) return;
          options.content.querySelectorAll("select[id]").forEach(function (fresh) {
            const select = document.getElementById(fresh.id);
            if (select) select.innerHTML = fresh.innerHTML;
          });
          options.remove();
        })
        .catch(function () {});
    };
    const later = debounce(run, 200);
    search.addEventListener("input", later);
    search.addEventListener("change", run);
    search.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  }

  // Editor: check and preview as you type, edit lists in place, apply suggestions.
  const form = document.getElementById("document-form");
  if (!form || !form.dataset.checkUrl) return;
  const status = form.querySelector(".save-status");
  let dirty = form.closest("main").querySelector(".unsaved") !== null;
  let submitting = false;
  let controller = null;

  function setStatus(text) { if (status) status.textContent = text; }

  function check() {
    const body = new URLSearchParams(new FormData(form));
    if (controller) controller.abort();
    controller = new AbortController();
    fetch(form.dataset.checkUrl, {
      method: "POST", body: body, signal: controller.signal, credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (result) {
        const quality = document.getElementById("quality");
        const preview = document.getElementById("preview");
        if (quality) quality.innerHTML = result.quality;
        if (preview) preview.innerHTML = result.preview;
        form.querySelectorAll(".field-findings[data-for]").forEach(function (box) {
          const html = result.fields[box.dataset.for] || "";
          box.innerHTML = html;
          const field = box.closest(".field");
          if (field && box.parentElement === field) field.classList.toggle("has-findings", html !== "");
        });
      })
      .catch(function (error) { if (error && error.name === "AbortError") return; setStatus("Could not check the text just now; it will be checked when you save."); });
  }
  const checkSoon = debounce(check, 350);

  function changed() {
    dirty = true;
    setStatus("Unsaved changes");
    checkSoon();
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !submitting) { event.preventDefault(); event.returnValue = ""; }
  });

  function replaceNumber(text, number) { return text.replace(/\d+/, String(number)); }

  // Gives every item of a list its position again: ids, labels, button values, findings boxes.
  function renumber(section) {
    const key = section.dataset.list;
    const items = Array.from(section.querySelectorAll(":scope > .items > .item"));
    items.forEach(function (item, index) {
      item.querySelectorAll("[id^='f-" + key + "-']").forEach(function (element) {
        const oldID = element.id;
        const newID = oldID.replace(new RegExp("^(f-" + key + "-)\\d+"), "$1" + index);
        element.id = newID;
        item.querySelectorAll("label[for='" + oldID + "']").forEach(function (label) {
          label.htmlFor = newID;
          label.textContent = replaceNumber(label.textContent, index + 1);
        });
        item.querySelectorAll(".field-findings[data-for='" + oldID + "']").forEach(function (box) { box.dataset.for = newID; });
      });
      item.querySelectorAll(".item-actions").forEach(function (group) {
        group.setAttribute("aria-label", replaceNumber(group.getAttribute("aria-label") || "", index + 1));
      });
      item.querySelectorAll("button[data-move], button[data-remove]").forEach(function (button) {
        button.value = button.value.replace(/:\d+$/, ":" + index);
        const label = button.querySelector(".visually-hidden");
        if (label) label.textContent = replaceNumber(label.textContent, index + 1);
        if (button.dataset.move === "up") button.disabled = index === 0;
        if (button.dataset.move === "down") button.disabled = index === items.length - 1;
      });
    });
  }

  form.addEventListener("click", function (event) {
    const button = event.target.closest("button");
    if (!button || !form.contains(button)) return;
    const section = button.closest(".list-section");
    if (button.hasAttribute("data-add")) {
      const list = section.querySelector(":scope > .items");
      const last = list.querySelector(":scope > .item:last-child");
      if (!last) return; // An empty list: the server adds the first item.
      event.preventDefault();
      const item = last.cloneNode(true);
      item.querySelectorAll("input, textarea").forEach(function (input) { input.value = ""; input.removeAttribute("aria-invalid"); });
      item.querySelectorAll(".field-findings").forEach(function (box) { box.innerHTML = ""; });
      item.querySelectorAll(".field-error").forEach(function (error) { error.remove(); });
      item.querySelectorAll(".has-findings").forEach(function (field) { field.classList.remove("has-findings"); });
      list.appendChild(item);
      renumber(section);
      const first = item.querySelector("input, textarea");
      if (first) first.focus();
      changed();
    } else if (button.hasAttribute("data-remove")) {
      event.preventDefault();
      const item = button.closest(".item");
      const next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      renumber(section);
      const focus = next ? next.querySelector("input, textarea") : section.querySelector("button[data-add]");
      if (focus) focus.focus();
      setStatus("Removed. Unsaved changes");
      changed();
    } else if (button.dataset.move) {
      event.preventDefault();
      const item = button.closest(".item");
      const other = button.dataset.move === "up" ? item.previousElementSibling : item.nextElementSibling;
      if (!other) return;
      if (button.dataset.move === "up") item.parentNode.insertBefore(item, other);
      else item.parentNode.insertBefore(other, item);
      renumber(section);
      if (!button.disabled) button.focus();
      else { const field = item.querySelector("input, textarea"); if (field) field.focus(); }
      changed();
    }
  });

  // One-click fixes, in the form and in the quality panel.
  document.addEventListener("click", function (event) {
    const apply = event.target.closest("button[data-apply]");
    const link = event.target.closest("a[data-focus]");
    if (apply) {
      const field = document.getElementById(apply.dataset.field);
      if (!field) return;
      event.preventDefault();
      const flagged = apply.dataset.flagged;
      let start = Number(apply.dataset.start);
      if (field.value.substring(start, start + flagged.length) !== flagged) start = field.value.indexOf(flagged);
      if (start < 0) { setStatus("That text has changed; the check will update."); check(); return; }
      let replacement = apply.dataset.apply;
      if (flagged && flagged[0] !== flagged[0].toLowerCase()) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      field.value = field.value.substring(0, start) + replacement + field.value.substring(start + flagged.length);
      field.focus();
      field.setSelectionRange(start, start + replacement.length);
      dirty = true;
      setStatus("Replaced “" + flagged + "” with “" + replacement + "”. Unsaved changes");
      check();
    } else if (link) {
      const field = document.getElementById(link.dataset.focus);
      if (!field) return;
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: "center" });
      const start = Number(link.dataset.start);
      const end = Number(link.dataset.end);
      if (end > start && field.setSelectionRange) field.setSelectionRange(start, end);
    }
  });
})();
