// Filters the home timeline in place. Each filter is a plain link to a
// static page (kinds/, countries/, actors/): without JavaScript the link is
// followed; with it, the cards are shown or hidden here and the choice is
// kept in the address (#kind=attack) so it can be shared.
(() => {
  const timeline = document.querySelector('[data-timeline]');
  const links = [...document.querySelectorAll('a[data-filter]')];
  const status = document.getElementById('filter-status');
  if (!timeline || links.length === 0) return;
  const cards = [...timeline.querySelectorAll('li.ev')];

  function apply(filter) {
    const [key, value] = filter ? filter.split(':') : ['', ''];
    let shown = 0;
    for (const card of cards) {
      const ok = !key || (card.dataset[key] || '').split(' ').includes(value);
      card.hidden = !ok;
      if (ok) shown++;
    }
    for (const month of timeline.querySelectorAll('.month')) {
      month.hidden = !month.querySelector('li.ev:not([hidden])');
    }
    for (const link of links) {
      if (link.dataset.filter === filter) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    if (status) status.textContent = key ? `يُعرض ${shown} من ${cards.length}` : '';
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-filter]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const filter = link.dataset.filter || '';
    apply(filter);
    history.replaceState(null, '', filter ? `#${filter.replace(':', '=')}` : location.pathname);
  });

  // An address like /#kind=attack opens filtered (also when only the hash changes).
  const fromHash = () => {
    const filter = decodeURIComponent(location.hash.slice(1)).replace('=', ':');
    if (/^(kind|country|actor):[\w-]+$/.test(filter)) apply(filter);
    else if (location.hash === '') apply('');
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
