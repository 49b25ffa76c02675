// The referral page's only script; everything works without it. It focuses the error summary, fills
// the referral time with the phone's "now", sends the phone's UTC offset for the time typed, and shows
// listed times in the phone's own zone.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-focus]");
  if (summary) { summary.focus(); }
  var when = document.getElementById("f-referred_at");
  var offset = document.querySelector("input[name=utc_offset]");
  if (when && !when.value) {
    var now = new Date();
    now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
    when.value = now.toISOString().slice(0, 16);
  }
  if (when && offset) {
    when.form.addEventListener("submit", function () {
      var typed = new Date(when.value);
      offset.value = isNaN(typed) ? "" : String(-typed.getTimezoneOffset());
    });
  }
  document.querySelectorAll("time[datetime]").forEach(function (t) {
    var at = new Date(t.getAttribute("datetime"));
    if (!isNaN(at)) {
      t.textContent = at.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
    }
  });
});
