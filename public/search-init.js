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
    // Pagefind's documented ranking settings: term frequency saturates later than its default
    // (1.4) and counts for 0.3 of the score (default 1) against the weighted count of the words
    // matched, so that a page named after the words searched for (whose h1 and captions weigh
    // most, see scripts/search-index.ts) ranks above long pages that use the same common words
    // often. Tried on the 19 council names, the 16 measure pages' h1 and 14 topic searches.
    ranking: { termFrequency: 0.3, termSaturation: 2 },
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
  // Pagefind's message ("29 results for fostering") is a plain paragraph, redrawn as the reader
  // types: once the results have settled, its words are copied to the page's status region, which
  // screen readers announce.
  var status = document.getElementById('search-status');
  var pending;
  new MutationObserver(function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      var message = element.querySelector('.pagefind-ui__message');
      var words = message ? message.textContent.trim() : '';
      if (status && status.textContent !== words) status.textContent = words;
    }, 500);
  }).observe(element, { childList: true, subtree: true, characterData: true });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
