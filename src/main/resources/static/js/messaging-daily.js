// Daily report on the class's tablet: choose all children, those here or none with one tap, count
// the chosen, and show only the values of the kind of entry chosen (without script, all show).
(function () {
  var form = document.getElementById('daily-form');
  if (!form) {
    return;
  }
  var children = form.querySelectorAll('input.daily-child');
  var count = document.getElementById('selected-count');
  var template = count ? count.getAttribute('data-template') : null;

  function showCount() {
    var chosen = form.querySelectorAll('input.daily-child:checked').length;
    if (count && template) {
      count.textContent = template.replace('{0}', chosen);
    }
  }

  function choose(predicate) {
    children.forEach(function (box) {
      box.checked = predicate(box);
    });
    showCount();
  }

  function bind(id, predicate) {
    var button = document.getElementById(id);
    if (button) {
      button.addEventListener('click', function () {
        choose(predicate);
      });
    }
  }

  bind('select-all', function () { return true; });
  bind('select-present', function (box) { return box.getAttribute('data-present') === 'true'; });
  bind('select-none', function () { return false; });
  children.forEach(function (box) {
    box.addEventListener('change', showCount);
  });

  function showValues() {
    var kind = form.querySelector('input.daily-kind:checked');
    form.querySelectorAll('.kind-values').forEach(function (section) {
      section.hidden = !kind || section.getAttribute('data-kind') !== kind.value;
    });
  }

  form.querySelectorAll('input.daily-kind').forEach(function (radio) {
    radio.addEventListener('change', showValues);
  });
  showValues();
  showCount();
}());
