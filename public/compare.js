// On /compare/: ticks the councils the address names (?la=kent&la=medway), keeps the address in
// step as boxes are ticked (sorted, so a link can be shared), and allows at most data-max ticks.
// Without it the page works the same, by CSS alone, except that the address shows all councils.
(function () {
  var picker = document.getElementById('compare-picker');
  var status = document.getElementById('compare-status');
  if (!picker || !status || !window.URLSearchParams || !window.history.replaceState) return;
  var max = Number(picker.getAttribute('data-max'));
  var boxes = Array.prototype.slice.call(picker.querySelectorAll('input[name="la"]'));
  var wanted = new URLSearchParams(window.location.search).getAll('la');
  var ticked = 0;
  boxes.forEach(function (box) {
    box.checked = wanted.indexOf(box.value) >= 0 && ticked < max;
    if (box.checked) ticked += 1;
  });

  function chosen() {
    return boxes
      .filter(function (box) {
        return box.checked;
      })
      .map(function (box) {
        return box.value;
      })
      .sort();
  }

  function keepAddress() {
    var query = chosen()
      .map(function (slug) {
        return 'la=' + encodeURIComponent(slug);
      })
      .join('&');
    window.history.replaceState(
      null,
      '',
      window.location.pathname + (query ? '?' + query : '') + window.location.hash,
    );
  }

  picker.addEventListener('change', function (event) {
    var box = event.target;
    if (box.checked && chosen().length > max) {
      box.checked = false;
      status.textContent = picker.getAttribute('data-limit');
    } else {
      status.textContent = '';
    }
    keepAddress();
  });
  keepAddress();
})();
