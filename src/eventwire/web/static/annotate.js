/* An article with its annotations highlighted (actors, event triggers with source and target, quotes and their
 * speakers, times, places) and the structured record beside it; shared by the article and paste views. */
"use strict";

const Annotate = {
  KINDS: [["trigger", "event trigger"], ["source", "source actor"], ["target", "target actor"], ["entity", "entity"],
          ["quote", "quote"], ["speaker", "speaker"], ["time", "time"], ["place", "place"]],

  /** The highlight spans of an article in the store's shape ({entities, events with actors, quotes, ...}). */
  spans(data) {
    const spans = [];
    const add = (start, end, kind, title) => {
      if (Number.isInteger(start) && Number.isInteger(end) && end > start) spans.push({start, end, kind, title});
    };
    for (const e of data.entities) add(e.start, e.end, "entity", `${e.label}${e.actor_name ? `: ${e.actor_name}` : ""}`);
    for (const p of data.places) add(p.start, p.end, "place", `place: ${p.name ?? "?"}${p.country ? ` (${p.country})` : ""}`);
    for (const t of data.times) add(t.start, t.end, "time", `time: ${t.value ?? "?"}`);
    for (const q of data.quotes) {
      add(q.start, q.end, "quote", `quote of ${q.speaker_name ?? "?"}`);
      add(q.speaker_start, q.speaker_end, "speaker", `speaker: ${q.speaker_name ?? "?"}`);
    }
    for (const e of data.events) {
      const who = `${e.source_name ?? "—"} -> ${e.target_name ?? "—"}`;
      add(e.start, e.end, "trigger", `${e.cameo} ${e.cameo_name ?? ""} (${e.event_type ?? "no PLOVER type"}): ${who}`);
      for (const a of e.actors || []) {
        if (a.role === "source" || a.role === "target") add(a.start, a.end, a.role, `${a.role} of "${e.trigger}": ${a.name ?? a.text}`);
      }
    }
    return spans;
  },

  /** The text as nodes: each stretch covered by the same spans is one <span> with their classes. */
  highlight(text, spans) {
    const cuts = new Set([0, text.length]);
    spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const over = spans.filter(s => s.start <= from && s.end >= to);
      const piece = text.slice(from, to);
      if (!over.length) { nodes.push(piece); continue; }
      nodes.push(EW.el("span", {className: [...new Set(over.map(s => `hl-${s.kind}`))].join(" "),
                                title: over.map(s => s.title).join("\n")}, piece));
    }
    return nodes;
  },

  /** The store's shape from an extracted Record (the paste view). */
  fromRecord(record) {
    const actor = a => a ? {name: a.name, country: a.country, code: a.code, start: a.start, end: a.end, text: a.text} : null;
    return {
      entities: record.entities.map(e => ({...e, actor_name: e.actor?.name})),
      places: record.places, times: record.times,
      quotes: record.quotes.map(q => ({...q, speaker_name: q.speaker?.name, speaker_country: q.speaker?.country,
                                       speaker_code: q.speaker?.code, speaker_start: q.speaker?.start,
                                       speaker_end: q.speaker?.end})),
      events: record.events.map(e => ({...e, source_name: e.actor?.name, source_country: e.actor?.country,
        source_code: e.actor?.code, target_name: e.recipient?.name, target_country: e.recipient?.country,
        target_code: e.recipient?.code, place_name: e.location?.name,
        actors: [{role: "source", ...actor(e.actor)}, {role: "target", ...actor(e.recipient)}]})),
    };
  },

  /** The article view: the highlighted text and, beside it, the events, quotes, places and times. */
  render(container, text, data, title, explainPath = null) {
    const legend = EW.el("p", {className: "legend"}, Annotate.KINDS.map(([kind, label]) => EW.el("span", {className: `hl-${kind}`}, label)));
    const events = EW.el("table", {className: "record-events"},
      EW.el("thead", {}, EW.el("tr", {}, ["trigger", "source -> target", "CAMEO", "PLOVER", "Goldstein", "date", "place"].map(h => EW.el("th", {}, h)))),
      EW.el("tbody", {}, data.events.map(e => EW.el("tr", {},
        EW.el("td", {}, e.trigger), EW.el("td", {}, `${EW.actor(e.source_name, e.source_country, e.source_code)} -> ${EW.actor(e.target_name, e.target_country, e.target_code)}`),
        EW.el("td", {title: e.cameo_name ?? ""}, e.cameo), EW.el("td", {}, e.event_type ?? ""),
        EW.el("td", {className: "num"}, e.goldstein ?? ""), EW.el("td", {}, e.date ?? e.day ?? ""),
        EW.el("td", {}, e.place_name ?? "")))));
    const list = (items, render) => EW.el("ul", {}, items.map(i => EW.el("li", {}, render(i))));
    const record = EW.el("div", {className: "record"},
      EW.el("h2", {}, `Events (${data.events.length})`), events,
      EW.el("h2", {}, `Quotes (${data.quotes.length})`),
      list(data.quotes, q => [EW.el("b", {}, EW.actor(q.speaker_name, q.speaker_country, q.speaker_code)), `: ${q.text}`]),
      EW.el("h2", {}, `Places (${data.places.length})`),
      list(data.places, p => `${p.text} → ${p.name ?? "unresolved"}${p.country ? ` (${p.country})` : ""}`),
      EW.el("h2", {}, `Times (${data.times.length})`), list(data.times, t => `${t.text} → ${t.value ?? "?"}`));
    if (explainPath) {
      const why = EW.el("div", {id: "explain"});
      const button = EW.el("button", {id: "explain-button", type: "button", onclick: async () => {
        button.disabled = true;
        why.textContent = "Coding the article again with --explain ...";
        try { why.replaceChildren(Annotate.reasons(await EW.api(explainPath))); } catch (error) { EW.fail(error); }
      }}, "Why? (--explain)");
      record.append(EW.el("h2", {}, "Reasons"), button, why);
    }
    container.replaceChildren(EW.el("h2", {}, title), legend,
      EW.el("div", {className: "article"}, EW.el("div", {className: "text"}, Annotate.highlight(text, Annotate.spans(data))), record));
  },

  /** What --explain says: how each event was coded, and why each other sentence has none. */
  reasons(found) {
    return EW.el("div", {},
      EW.el("h3", {}, "Events: coded by"),
      EW.el("ul", {className: "reasons"}, found.events.map(e => EW.el("li", {},
        EW.el("b", {}, `${e.trigger} ${e.cameo}`), ` (${e.event_type ?? "no PLOVER type"}, confidence ${e.confidence}): ${e.coded_by}`))),
      EW.el("h3", {}, "Sentences without an event"),
      EW.el("ul", {className: "reasons"}, found.explain.map(m => EW.el("li", {},
        EW.el("i", {}, m.text), EW.el("br"), [].concat(m.reasons).join("; ")))));
  },
};
