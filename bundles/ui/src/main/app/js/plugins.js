// De schermen van plug-ins: het menu uit GET /api/schermen, het scherm op /schermen/{plugin}/{id} (import van de
// module, default(element, context), opruimen bij weggaan) en het actueel houden als een plug-in komt, gaat of wordt
// bijgewerkt; en de delen van het casusscherm uit GET /api/schermen/casusdelen. Zie docs/webapp.md, "Schermen van
// plug-ins".
import { api, ApiFout, fetchMetSessie, pad } from './api.js';
import { el, vervang } from './dom.js';
import { kop, kop2 } from './onderdelen.js';

/** Hoe vaak de lijst wordt ververst zolang het tabblad zichtbaar is. */
const VERVERS_MS = 5000;
export const NIET_BESCHIKBAAR = 'Dit scherm is niet meer beschikbaar.';

function sleutel(s) {
  return `${s.plugin}/${s.id}`;
}

/** De route /schermen/{plugin}/{id} (routes.json): het scherm van een plug-in. */
export function plugin(ctx, parameters) {
  return ctx.plugins.toon(ctx, parameters.plugin, parameters.id, kop);
}

/** Het adres van een scherm in de app. */
export function schermPad(s) {
  return pad`/schermen/${s.plugin}/${s.id}`;
}

/**
 * @param menu        het ul-element van het menu in de kop (de vaste items, Start en Casussen, blijven staan)
 * @param sessie      () => de sessie van app.js, of null
 * @param melding     (soort, tekst, id) => een utrecht-alert
 * @param verlopen    () => de sessie is verlopen (een 401): de app toont het inlogscherm
 */
export function pluginSchermen({ menu, sessie, melding, verlopen }) {
  /** sleutel → scherm uit /api/schermen, in de volgorde van de API. */
  let schermen = new Map();
  let vraag = 0;
  let timer = null;
  /** Het geopende scherm: {sleutel, module, houder, opruimen, weg, mount}; null op elk ander adres. */
  let open = null;
  /** De delen van het casusscherm die nu getekend zijn: {sleutel, module, sectie, houder, opruimen, weg}. */
  let delen = [];
  /** Het open casusscherm met delen van plug-ins: {ctx, casusId, houder}; null op elk ander adres. */
  let casusScherm = null;
  let delenVraag = 0;
  let deelNummer = 0;

  /** Past het menu aan de lijst aan; een item dat blijft, blijft hetzelfde element (de focus blijft erop). */
  function tekenMenu() {
    const bestaand = new Map();
    for (const li of menu.querySelectorAll('li[data-scherm]')) {
      const s = schermen.get(li.dataset.scherm);
      const a = li.querySelector('a');
      if (s && a.textContent === s.titel && (a.getAttribute('title') || '') === (s.beschrijving || '')) {
        bestaand.set(li.dataset.scherm, li);
      } else {
        li.remove();
      }
    }
    const vast = menu.querySelectorAll('li[data-vast]');
    // an account without a gemeente (the Rijk) may have no fixed items: its plug-in screens are the whole menu
    let vorige = vast[vast.length - 1] || null;
    for (const [k, s] of schermen) {
      const li = bestaand.get(k) || el('li', { class: 'utrecht-nav-list__item', 'data-scherm': k },
        el('a', { class: 'utrecht-link utrecht-nav-list__link', href: schermPad(s), 'data-route': true,
          title: s.beschrijving || null }, s.titel));
      if (vorige && vorige.nextElementSibling !== li) {
        vorige.after(li);
      } else if (!vorige && menu.firstElementChild !== li) {
        menu.prepend(li);
      }
      vorige = li;
    }
    markeer();
  }

  /** aria-current op het menu-item van het huidige adres. */
  function markeer() {
    const hier = window.location.pathname;
    for (const a of menu.querySelectorAll('a')) {
      const href = a.getAttribute('href');
      const actief = href === hier || (href !== '/' && hier.startsWith(`${href}/`));
      if (actief) {
        a.setAttribute('aria-current', 'page');
      } else {
        a.removeAttribute('aria-current');
      }
    }
  }

  function ruimOp(o) {
    const f = o.opruimen;
    o.opruimen = null;
    if (typeof f === 'function') {
      try {
        f();
      } catch (e) {
        // a broken cleanup of a plug-in must not break the shell
      }
    }
  }

  /** Laadt de module van het open scherm en tekent het in zijn houder. */
  async function mount(o, s) {
    const nummer = ++o.mount;
    o.module = s.module;
    o.weg = false;
    o.kop.textContent = s.titel;
    o.titel(s.titel);
    vervang(o.houder, el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Het scherm wordt geladen…'));
    const actueel = () => open === o && o.mount === nummer;
    let module;
    try {
      module = await import(s.module);
    } catch (e) {
      if (actueel()) {
        vervang(o.houder, melding('error', 'Het scherm kon niet worden geladen. Probeer het later opnieuw.'));
      }
      return;
    }
    if (!actueel()) {
      return;
    }
    if (typeof module.default !== 'function') {
      vervang(o.houder, melding('error', 'Dit scherm van de plug-in werkt niet: de module heeft geen functie om het te tonen.'));
      return;
    }
    const gebruiker = sessie().gebruiker;
    const element = el('div', { class: 'doorbraak-scherm' });
    vervang(o.houder, element);
    try {
      let opruimen = module.default(element, { gemeente: gebruiker.gemeente, gebruiker, fetch: fetchMetSessie });
      if (opruimen && typeof opruimen.then === 'function') {
        opruimen = await opruimen;
      }
      o.opruimen = typeof opruimen === 'function' ? opruimen : null;
      if (!actueel()) {
        ruimOp(o);
      }
    } catch (e) {
      if (actueel()) {
        vervang(o.houder, melding('error', 'Er ging iets mis in dit scherm van de plug-in. Probeer het later opnieuw.'));
      }
    }
  }

  function nietBeschikbaar(o) {
    ruimOp(o);
    o.weg = true;
    o.mount++;
    vervang(o.houder, melding('warning', NIET_BESCHIKBAAR, 'niet-beschikbaar'));
  }

  /** Het open scherm na een nieuwe lijst: weg, terug of bijgewerkt. */
  function stemAf() {
    if (!open) {
      return;
    }
    const s = schermen.get(open.sleutel);
    if (!s) {
      if (!open.weg) {
        nietBeschikbaar(open);
      }
    } else if (open.weg || s.module !== open.module) {
      ruimOp(open);
      mount(open, s);
    }
  }

  /** Haalt /api/schermen opnieuw; een fout laat de lijst staan (een verlopen sessie gaat naar het inloggen). */
  async function vernieuw() {
    if (!sessie()) {
      return;
    }
    const nummer = ++vraag;
    let nieuw;
    try {
      const antwoord = await api('GET', '/api/schermen');
      nieuw = new Map();
      for (const s of antwoord.results || []) {
        if (!nieuw.has(sleutel(s))) {
          nieuw.set(sleutel(s), s);
        }
      }
    } catch (f) {
      if (nummer === vraag && sessie() && f instanceof ApiFout && f.status === 401) {
        verlopen();
      }
      return;
    }
    if (nummer !== vraag || !sessie()) {
      return;
    }
    schermen = nieuw;
    tekenMenu();
    // for tests and tools: the list is loaded (the number of screens in it)
    menu.dataset.schermen = String(schermen.size);
    stemAf();
    stemDelenAf();
  }

  function plan() {
    clearTimeout(timer);
    timer = null;
    if (sessie() && document.visibilityState === 'visible') {
      timer = setTimeout(async () => {
        await vernieuw();
        plan();
      }, VERVERS_MS);
    }
  }

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      vernieuw();
    }
    plan();
  });

  /** Ruimt de delen van het casusscherm op (navigatie, uitloggen). */
  function ruimDelenOp() {
    const oud = delen;
    delen = [];
    casusScherm = null;
    delenVraag++;
    for (const d of oud) {
      d.weg = true;
      ruimOp(d);
    }
  }

  /**
   * Leest GET /api/schermen/casusdelen en stemt de delen van het open casusscherm erop af: een deel dat weg is (of een
   * andere module heeft) ruimt op en verdwijnt, een nieuw deel komt erbij, in de volgorde van de lijst. Een fout laat
   * de delen staan.
   */
  async function stemDelenAf() {
    const c = casusScherm;
    if (!c) {
      return;
    }
    const nummer = ++delenVraag;
    let lijst;
    try {
      lijst = (await api('GET', '/api/schermen/casusdelen')).results || [];
    } catch (f) {
      return;
    }
    if (nummer !== delenVraag || casusScherm !== c || !c.ctx.actueel() || !sessie()) {
      return;
    }
    const nieuw = new Map(lijst.map((s) => [sleutel(s), s]));
    for (const d of delen.filter((x) => !nieuw.has(x.sleutel) || nieuw.get(x.sleutel).module !== x.module)) {
      d.weg = true;
      ruimOp(d);
      d.sectie.remove();
    }
    delen = delen.filter((d) => !d.weg);
    const gebruiker = sessie().gebruiker;
    let vorige = null;
    for (const [k, s] of nieuw) {
      let d = delen.find((x) => x.sleutel === k);
      if (!d) {
        const id = `plugindeel-${++deelNummer}`;
        const houder = el('div', { class: 'doorbraak-casusdeel__inhoud' },
          el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Wordt geladen…'));
        d = { sleutel: k, module: s.module, houder, opruimen: null, weg: false,
          sectie: el('section', { class: 'doorbraak-casusdeel', id, 'aria-labelledby': `${id}-kop`,
            'data-plugin': s.plugin, 'data-deel': s.id }, kop2(s.titel, `${id}-kop`), houder) };
        delen.push(d);
        mountDeel(d, s, { gemeente: gebruiker.gemeente, gebruiker, fetch: fetchMetSessie, casus: c.casusId });
      }
      if (vorige ? vorige.sectie.nextElementSibling !== d.sectie : c.houder.firstElementChild !== d.sectie) {
        if (vorige) {
          vorige.sectie.after(d.sectie);
        } else {
          c.houder.prepend(d.sectie);
        }
      }
      vorige = d;
    }
  }

  /**
   * Tekent één deel van het casusscherm in zijn houder: de module, default(element, context) met de casus erbij. Een
   * module die niet laadt of gooit geeft een melding in dit deel; de rest van het scherm werkt door.
   */
  async function mountDeel(d, s, context) {
    let module;
    try {
      module = await import(s.module);
    } catch (e) {
      if (!d.weg) {
        vervang(d.houder, melding('error', 'Dit deel van de plug-in kon niet worden geladen. Probeer het later opnieuw.'));
      }
      return;
    }
    if (d.weg) {
      return;
    }
    if (typeof module.default !== 'function') {
      vervang(d.houder, melding('error', 'Dit deel van de plug-in werkt niet: de module heeft geen functie om het te tonen.'));
      return;
    }
    const element = el('div', { class: 'doorbraak-scherm' });
    vervang(d.houder, element);
    try {
      let opruimen = module.default(element, context);
      if (opruimen && typeof opruimen.then === 'function') {
        opruimen = await opruimen;
      }
      d.opruimen = typeof opruimen === 'function' ? opruimen : null;
      if (d.weg) {
        ruimOp(d);
      }
    } catch (e) {
      if (!d.weg) {
        vervang(d.houder, melding('error', 'Er ging iets mis in dit deel van de plug-in. Probeer het later opnieuw.'));
      }
    }
  }

  return {
    /** Bij elke navigatie (ook uitloggen): het open scherm ruimt op; ingelogd wordt de lijst ververst. */
    navigatie() {
      ruimDelenOp();
      if (open) {
        ruimOp(open);
        open.mount++;
        open = null;
      }
      plan();
      const klaar = vernieuw();
      markeer();
      return klaar;
    },

    /** Na uitloggen: geen menu, geen verversen. */
    leeg() {
      ruimDelenOp();
      vraag++;
      schermen = new Map();
      tekenMenu();
      delete menu.dataset.schermen;
      plan();
    },

    /** Het eerste scherm in het menu (op titel), of null; de start van een account zonder gemeente. */
    eerste() {
      const [s] = schermen.values();
      return s || null;
    },

    /**
     * De delen van het casusscherm van plug-ins (GET /api/schermen/casusdelen), na de vaste delen in houder: elk een
     * section met de titel als kop; context {gemeente, gebruiker, fetch, casus}. Kan de lijst niet worden geladen,
     * dan blijft houder leeg: de vaste delen werken gewoon. Zolang het scherm open is, volgen de delen de lijst (met
     * het menu, elke paar seconden): een plug-in die gaat, neemt zijn delen mee.
     */
    async casusdelen(ctx, casusId, houder) {
      ruimDelenOp();
      casusScherm = { ctx, casusId, houder };
      await stemDelenAf();
    },

    /** Het scherm op /schermen/{plugin}/{id}; geeft de kop voor de focus. */
    async toon(ctx, plugin, id, kop) {
      await ctx.klaarMetMenu;
      if (!ctx.actueel()) {
        return null;
      }
      const s = schermen.get(`${plugin}/${id}`);
      const houder = el('div', { id: 'scherm' });
      let h1;
      if (!s) {
        ctx.titel('Scherm niet beschikbaar');
        h1 = kop('Scherm niet beschikbaar');
        vervang(ctx.inhoud, h1, houder);
        open = { sleutel: `${plugin}/${id}`, module: null, houder, opruimen: null, weg: true, mount: 0, kop: h1,
          titel: ctx.titel };
        vervang(houder, melding('warning', NIET_BESCHIKBAAR, 'niet-beschikbaar'));
        return h1;
      }
      ctx.titel(s.titel);
      h1 = kop(s.titel);
      vervang(ctx.inhoud, h1, houder);
      open = { sleutel: sleutel(s), module: null, houder, opruimen: null, weg: false, mount: 0, kop: h1,
        titel: ctx.titel };
      await mount(open, s);
      return h1;
    },
  };
}
