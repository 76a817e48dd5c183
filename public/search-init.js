// Starts the Pagefind search interface on /search/ and runs the query from the address (?q=…),
// which is where the plain search form on every other page sends readers.
/* global PagefindUI */
(function () {
  var element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  document.getElementById('search-no-js').hidden = true;
  var ui = new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: false,
    translations: { placeholder: 'Search the plan', zero_results: 'No results for [SEARCH_TERM]' },
  });
  // Pagefind's box is named only by its placeholder and title: give it a visible label, whose
  // words the page carries (data-label, from src/i18n/en.ts).
  var input = element.querySelector('.pagefind-ui__search-input');
  if (input) {
    input.id = 'search-input';
    var label = document.createElement('label');
    label.htmlFor = 'search-input';
    label.className = 'rp-search__label';
    label.textContent = element.getAttribute('data-label');
    element.insertBefore(label, element.firstChild);
  }
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
