/* Digest offline search. A plain script (no modules, no fetch), so it also works from file://.
   The index is a set of scripts under search/ that hand their data to window.DigestSearch:
   meta.js (chunk keys, topics), t/<key>.js (terms -> postings, by term prefix) and d/<n>.js (result details).
   Only the chunks a query's words can match are loaded. The matching rules mirror the site generator's
   (Digest.Core.Text.SearchFolding and Output/Search): keep both in step. */
(function (global) {
  "use strict";

  var WORD = (function () {
    try { return new RegExp("[\\p{L}\\p{Nd}]+", "gu"); } catch (e) { return /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+/g; }
  }());
  var MARKS = (function () {
    try { return new RegExp("\\p{Mn}", "gu"); } catch (e) { return /[\u0300-\u036f]/g; }
  }());
  var UMLAUT_E = { "\u00e4": "ae", "\u00f6": "oe", "\u00fc": "ue", "\u00c4": "ae", "\u00d6": "oe", "\u00dc": "ue" };
  var UMLAUT = { "\u00e4": "a", "\u00f6": "o", "\u00fc": "u", "\u00c4": "a", "\u00d6": "o", "\u00dc": "u" };

  /* One character folded: lowercase, no diacritics, ß -> ss; umlauts to the bare vowel or, with umlautAsE, to ae/oe/ue. */
  function foldChar(c, umlautAsE) {
    if (c === "\u00df" || c === "\u1e9e") { return "ss"; }
    var u = umlautAsE ? UMLAUT_E[c] : UMLAUT[c];
    if (u) { return u; }
    if (c.charCodeAt(0) < 128) { return c.toLowerCase(); }
    return c.normalize ? c.normalize("NFD").replace(MARKS, "").toLowerCase() : c.toLowerCase();
  }

  function fold(text, umlautAsE) {
    var out = "";
    for (var i = 0; i < text.length; i++) { out += foldChar(text.charAt(i), umlautAsE); }
    return out;
  }

  /* The query's distinct folded words, in order. */
  function queryWords(query) {
    var raw = String(query).match(WORD) || [];
    var seen = {}, words = [];
    for (var i = 0; i < raw.length; i++) {
      var w = fold(raw[i], false);
      if (w && !seen[w]) { seen[w] = true; words.push(w); }
    }
    return words;
  }

  /* One-character words match whole terms only: as prefixes they would load a large part of the index. */
  function isExact(word) { return word.length < 2; }

  /* The chunk keys a word needs: the chunk its own spelling lives in (the longest key that is a prefix of it)
     and, for prefix matching, every chunk whose key extends the word. */
  function keysFor(word, keys) {
    var best = null, out = [], exact = isExact(word);
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if (word.lastIndexOf(k, 0) === 0) {
        if (best === null || k.length > best.length) { best = k; }
      } else if (!exact && k.lastIndexOf(word, 0) === 0) {
        out.push(k);
      }
    }
    if (best !== null) { out.unshift(best); }
    return out;
  }

  function fileName(key) {
    var out = "";
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) { out += c; }
      else { out += "_" + ("000" + key.charCodeAt(i).toString(16)).slice(-4); }
    }
    return out;
  }

  /* Field mask -> rank weight: the heaviest field wins (title 8 > topics/experts 4 > summary 2 > body 1). */
  function weight(mask) { return mask & 8 ? 8 : mask & 4 ? 4 : mask & 2 ? 2 : mask & 1 ? 1 : 0; }

  /* Adds one encoded posting list into best[doc] = max(best[doc], weight). See SearchPostings.cs for the format. */
  function addPostings(encoded, best) {
    var doc = -1, gap = 0;
    for (var i = 0; i < encoded.length; i++) {
      var c = encoded.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        doc += gap; gap = 0;
        var w = weight(c - 65);
        if (w > best[doc]) { best[doc] = w; }
      } else {
        gap = gap * 36 + (c <= 57 ? c - 48 : c - 87);
      }
    }
  }

  /* Ranks documents that match every word. chunks: key -> {term: postings}. Returns [{doc, score}], best first,
     newer (lower number) first on equal scores. */
  function rank(words, keys, chunks, count) {
    var total = null;
    for (var i = 0; i < words.length; i++) {
      var word = words[i], exact = isExact(word), best = new Uint8Array(count), needed = keysFor(word, keys);
      for (var j = 0; j < needed.length; j++) {
        var chunk = chunks[needed[j]];
        if (!chunk) { continue; }
        for (var term in chunk) {
          if (Object.prototype.hasOwnProperty.call(chunk, term) && (exact ? term === word : term.lastIndexOf(word, 0) === 0)) {
            addPostings(chunk[term], best);
          }
        }
      }
      if (total === null) {
        total = new Uint16Array(count);
        for (var d = 0; d < count; d++) { total[d] = best[d]; }
      } else {
        for (var e = 0; e < count; e++) { total[e] = total[e] && best[e] ? total[e] + best[e] : 0; }
      }
    }
    var hits = [];
    if (total === null) { return hits; }
    for (var n = 0; n < count; n++) { if (total[n]) { hits.push({ doc: n, score: total[n] }); } }
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return hits;
  }

  function isWordChar(c) { WORD.lastIndex = 0; return WORD.test(c); }

  /* Splits text into [{text, mark}] pieces, marking where a query word starts a word (any spelling of umlauts). */
  function highlight(text, words) {
    var marked = new Uint8Array(text.length);
    var variants = [false, true];
    for (var v = 0; v < variants.length; v++) {
      var folded = "", map = [];
      for (var i = 0; i < text.length; i++) {
        var f = foldChar(text.charAt(i), variants[v]);
        for (var k = 0; k < f.length; k++) { folded += f.charAt(k); map.push(i); }
      }
      for (var w = 0; w < words.length; w++) {
        var word = words[w], from = 0, at;
        while (word && (at = folded.indexOf(word, from)) >= 0) {
          from = at + 1;
          var start = map[at];
          if (start > 0 && isWordChar(text.charAt(start - 1))) { continue; }
          var end = map[at + word.length - 1] + 1;
          for (var m = start; m < end; m++) { marked[m] = 1; }
        }
      }
    }
    var pieces = [], cur = "", curMark = false;
    for (var p = 0; p < text.length; p++) {
      var isMark = marked[p] === 1;
      if (isMark !== curMark && cur) { pieces.push({ text: cur, mark: curMark }); cur = ""; }
      curMark = isMark; cur += text.charAt(p);
    }
    if (cur) { pieces.push({ text: cur, mark: curMark }); }
    return pieces;
  }

  /* A window of about max characters around the first mark, cut at spaces. */
  function window_(pieces, max) {
    var text = "", firstMark = -1;
    for (var i = 0; i < pieces.length; i++) {
      if (pieces[i].mark && firstMark < 0) { firstMark = text.length; }
      text += pieces[i].text;
    }
    if (text.length <= max) { return pieces; }
    var start = firstMark > max / 3 ? text.lastIndexOf(" ", firstMark - Math.floor(max / 4)) + 1 : 0;
    var end = text.indexOf(" ", start + max);
    if (end < 0) { end = text.length; }
    var out = [], pos = 0;
    if (start > 0) { out.push({ text: "\u2026 ", mark: false }); }
    for (var j = 0; j < pieces.length; j++) {
      var s = Math.max(start, pos), e = Math.min(end, pos + pieces[j].text.length);
      if (e > s) { out.push({ text: pieces[j].text.slice(s - pos, e - pos), mark: pieces[j].mark }); }
      pos += pieces[j].text.length;
    }
    if (end < text.length) { out.push({ text: " \u2026", mark: false }); }
    return out;
  }

  var core = {
    fold: fold, queryWords: queryWords, keysFor: keysFor, fileName: fileName, weight: weight,
    addPostings: addPostings, rank: rank, highlight: highlight, snippet: window_
  };
  if (typeof module !== "undefined" && module.exports) { module.exports = core; }
  if (typeof document === "undefined") { return; }

  /* ------------------------------------------------------------------ page */
  var box = document.getElementById("search");
  if (!box) { return; }
  var PAGE = 20;
  var base = box.getAttribute("data-index") || "";
  var root = box.getAttribute("data-root") || "";
  var version = box.getAttribute("data-version") || "";
  var input = document.getElementById("search-q");
  var form = document.getElementById("search-form");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var S = global.DigestSearch = global.DigestSearch || {};
  S.core = core;
  S.loaded = [];
  var meta = null, chunks = {}, docs = {}, scripts = {}, seq = 0, current = null;

  S.meta = function (m) { meta = m; };
  S.terms = function (key, terms) { chunks[key] = terms; };
  S.docs = function (n, items) { docs[n] = items; };

  function text(key, n, q) {
    return (box.getAttribute("data-" + key) || "").replace("{n}", String(n)).replace("{q}", q);
  }

  /* Script loading. Each index script loads once. Loads go through a queue with a few in flight, and queued
     loads that only a superseded query wanted are dropped: from file:// every script costs several
     milliseconds, and while someone types, earlier queries must not hold up the last one. */
  var MAX_IN_FLIGHT = 4, queue = [], inFlight = [];

  function load(srcs, my, done) {
    var pending = srcs.length, ok = true;
    if (!pending) { done(true); return; }
    function finished(success) { ok = ok && success; if (--pending === 0) { done(ok); } }
    for (var i = 0; i < srcs.length; i++) {
      var state = scripts[srcs[i]];
      if (state && state.done) { finished(state.ok); continue; }
      if (!state) { state = scripts[srcs[i]] = { src: srcs[i], done: false, ok: false, started: false, waiting: [] }; queue.push(state); }
      state.owner = my;
      state.waiting.push(finished);
    }
    pump();
  }

  /* Loads still running for a replaced query cannot be stopped, so they do not count against the current one's. */
  function pump() {
    var current = 0;
    for (var i = 0; i < inFlight.length; i++) { if (inFlight[i].owner === seq) { current++; } }
    while (current < MAX_IN_FLIGHT && queue.length) {
      var state = queue.shift();
      if (state.owner !== seq) { delete scripts[state.src]; continue; }
      start(state);
      current++;
    }
  }

  function start(state) {
    inFlight.push(state);
    state.started = true;
    var el = document.createElement("script");
    el.src = base + state.src + (version ? "?v=" + version : "");
    el.onload = el.onerror = function (ev) {
      inFlight.splice(inFlight.indexOf(state), 1);
      state.done = true; state.ok = ev.type === "load";
      S.loaded.push(state.src);
      var w = state.waiting; state.waiting = [];
      for (var j = 0; j < w.length; j++) { w[j](state.ok); }
      pump();
    };
    document.head.appendChild(el);
  }

  function now() { return (global.performance && performance.now()) || 0; }

  function say(message) { status.textContent = message; }

  function run(query) {
    var my = ++seq;
    var words = queryWords(query);
    setUrl(query);
    if (!words.length) { current = null; list.innerHTML = ""; more.hidden = true; say(""); return; }
    load(["meta.js"], my, function (ok) {
      if (my !== seq) { return; }
      if (!ok || !meta) { say(text("failed", 0, query)); return; }
      var needed = [];
      for (var i = 0; i < words.length; i++) {
        var keys = keysFor(words[i], meta.keys);
        for (var j = 0; j < keys.length; j++) { if (!chunks[keys[j]]) { needed.push("t/" + fileName(keys[j]) + ".js"); } }
      }
      var t0 = now();
      load(needed, my, function (ok2) {
        if (my !== seq) { return; }
        if (!ok2) { say(text("failed", 0, query)); return; }
        var t1 = now();
        current = { query: query, words: words, hits: rank(words, meta.keys, chunks, meta.count), shown: 0, end: 0, started: t0, loaded: t1, ranked: now() };
        list.innerHTML = "";
        var n = current.hits.length;
        say(n === 0 ? text("none", 0, query) : text(n === 1 ? "one" : "many", n, query));
        show(my, true);
      });
    });
  }

  function docChunk(doc) { return Math.floor(doc / meta.docsPerChunk); }

  /* Shows the next page of hits, in rank order, each as soon as its details (and those of all before it) are loaded. */
  function show(my, first) {
    var c = current, needed = [], seen = {};
    c.end = Math.min(c.hits.length, c.shown + PAGE);
    var firstNew = c.shown;
    for (var i = c.shown; i < c.end; i++) {
      var n = docChunk(c.hits[i].doc);
      if (!seen[n]) { seen[n] = true; needed.push("d/" + n + ".js"); }
    }
    function progress() {
      if (my !== seq || c !== current) { return; }
      var frag = document.createDocumentFragment(), added = 0;
      while (c.shown < c.end && docs[docChunk(c.hits[c.shown].doc)]) {
        var d = c.hits[c.shown].doc;
        frag.appendChild(item(docs[docChunk(d)][d % meta.docsPerChunk], c.words));
        c.shown++; added++;
      }
      if (added) {
        list.appendChild(frag);
        if (!S.rendered || S.rendered.query !== c.query) {
          /* Timings, read by tests/bench/search-bench.js. */
          S.rendered = { query: c.query, at: now(), terms: c.loaded - c.started, rank: c.ranked - c.loaded, details: now() - c.ranked };
        }
      }
      if (c.shown >= c.end) {
        more.hidden = c.shown >= c.hits.length;
        list.setAttribute("data-query", c.query);
        if (!first) { var link = list.children[firstNew] && list.children[firstNew].querySelector("a"); if (link) { link.focus(); } }
      }
    }
    if (!c.hits.length) {
      more.hidden = true;
      list.setAttribute("data-query", c.query);
      S.rendered = { query: c.query, at: now() };
      return;
    }
    for (var k = 0; k < needed.length; k++) {
      load([needed[k]], my, function (ok) {
        if (!ok && my === seq) { say(text("failed", 0, c.query)); }
        progress();
      });
    }
    progress();
  }

  function marked(parent, pieces) {
    for (var i = 0; i < pieces.length; i++) {
      if (pieces[i].mark) { var m = document.createElement("mark"); m.textContent = pieces[i].text; parent.appendChild(m); }
      else { parent.appendChild(document.createTextNode(pieces[i].text)); }
    }
  }

  function item(doc, words) {
    /* doc = [url, title, date iso, date text, topic numbers, summary] */
    var li = document.createElement("li"), art = document.createElement("article");
    art.className = "card search-result";
    var h = document.createElement("h2"); h.className = "card-title";
    var a = document.createElement("a"); a.href = root + doc[0];
    marked(a, highlight(doc[1], words)); h.appendChild(a); art.appendChild(h);
    var p = document.createElement("p"); p.className = "meta";
    var time = document.createElement("time"); time.setAttribute("datetime", doc[2]); time.textContent = doc[3];
    p.appendChild(time); art.appendChild(p);
    if (doc[5]) {
      var s = document.createElement("p"); s.className = "summary";
      marked(s, window_(highlight(doc[5], words), 240)); art.appendChild(s);
    }
    if (doc[4].length) {
      var ul = document.createElement("ul"); ul.className = "topic-list";
      ul.setAttribute("aria-label", box.getAttribute("data-topics") || "");
      for (var i = 0; i < doc[4].length; i++) {
        var t = meta.topics[doc[4][i]], tl = document.createElement("li"), ta = document.createElement("a");
        ta.className = "topic"; ta.href = root + t[1]; ta.textContent = t[0];
        tl.appendChild(ta); ul.appendChild(tl);
      }
      art.appendChild(ul);
    }
    li.appendChild(art);
    return li;
  }

  function setUrl(query) {
    try {
      var url = location.pathname + (query ? "?q=" + encodeURIComponent(query) : "");
      if (location.pathname + location.search !== url) { history.replaceState(null, "", url); }
    } catch (e) { /* some browsers refuse for file:// pages; the query still runs */ }
  }

  function initialQuery() {
    var parts = location.search.replace(/^\?/, "").split("&");
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split("=");
      if (kv[0] === "q" && kv.length > 1) {
        try { return decodeURIComponent(kv.slice(1).join("=").replace(/\+/g, " ")); } catch (e) { return ""; }
      }
    }
    return "";
  }

  /* Arrow keys move between the box and the result links. */
  function links() { return list.querySelectorAll(".card-title a"); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { var l = links(); if (l.length) { e.preventDefault(); l[0].focus(); } }
    else if (e.key === "Escape" && input.value) { input.value = ""; run(""); }
  });
  list.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") { return; }
    var l = links(), i = Array.prototype.indexOf.call(l, document.activeElement);
    if (i < 0) { return; }
    e.preventDefault();
    if (e.key === "ArrowDown" && i + 1 < l.length) { l[i + 1].focus(); }
    else if (e.key === "ArrowUp") { (i > 0 ? l[i - 1] : input).focus(); }
  });
  input.addEventListener("input", function () { run(input.value); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(input.value); });
  more.addEventListener("click", function () { if (current && current.shown >= current.end) { show(seq, false); } });

  box.hidden = false;
  var q = initialQuery();
  if (q) { input.value = q; run(q); }
}(typeof window !== "undefined" ? window : this));
