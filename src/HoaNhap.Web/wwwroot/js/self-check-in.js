// Self check-in (/Cong-dan/Tu-diem-danh): only when the person has ticked the consent box, one position reading at the moment the
// form is sent fills the hidden latitude and longitude. Never watchPosition; without consent, JavaScript or a reading, the form is
// sent as it is.
(function () {
  "use strict";
  var form = document.querySelector("form[data-self-check-in]");
  if (!form || !("geolocation" in navigator)) return;
  var consent = form.querySelector("input[type=checkbox][name='Input.LocationConsent']");
  var lat = form.querySelector("[data-latitude]");
  var lon = form.querySelector("[data-longitude]");
  var located = false;
  form.addEventListener("submit", function (e) {
    if (located || !consent || !consent.checked) return;
    e.preventDefault();
    var send = function () { located = true; form.requestSubmit ? form.requestSubmit() : form.submit(); };
    navigator.geolocation.getCurrentPosition(function (p) {
      lat.value = p.coords.latitude.toFixed(6);
      lon.value = p.coords.longitude.toFixed(6);
      send();
    }, send, { enableHighAccuracy: true, timeout: 10000, maximumAge: 0 });
  });
})();
