/*
 * The mandates report, opened from disk: no fetch (browsers block it for files), no network.
 * index.html holds a summary (missions, their timeline bars, the letters); the records for the table sit in
 * data/records-<n>.js, each calling MANDATES.records(n, rows), added as script elements when the table needs them.
 * A letter's page (docs/<id>.html) holds its text with the evidence marked; #r<n> picks out the n-th record.
 */
(function () {
  'use strict';

  var M = window.MANDATES = { chunks: {}, waiting: {} };

  /** Called by data/records-<n>.js. */
  M.records = function (n, rows) {
    M.chunks[n] = rows;
    var waiting = M.waiting[n] || [];
    delete M.waiting[n];
    waiting.forEach(function (w) { w.resolve(rows); });
  };

  function loadChunk(n) {
    if (M.chunks[n]) {
      return Promise.resolve(M.chunks[n]);
    }
    return new Promise(function (resolve, reject) {
      var first = !M.waiting[n];
      (M.waiting[n] = M.waiting[n] || []).push({ resolve: resolve, reject: reject });
      if (!first) {
        return;
      }
      var script = document.createElement('script');
      script.src = 'data/records-' + n + '.js';
      script.onerror = function () {
        var waiting = M.waiting[n] || [];
        delete M.waiting[n];
        waiting.forEach(function (w) { w.reject(new Error('cannot load ' + script.src)); });
      };
      document.head.appendChild(script);
    });
  }

  var DAY = 86400000;

  function dayOf(iso) {
    var p = iso.split('-');
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY);
  }

  function isoOf(day) {
    return new Date(day * DAY).toISOString().slice(0, 10);
  }

  function yearOf(day) {
    return new Date(day * DAY).getUTCFullYear();
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    }
    if (text != null) {
      e.textContent = text;
    }
    return e;
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function ready() {
    if (!document.body.hasAttribute('data-ready')) {
      window.reportReady = performance.now();
      document.body.setAttribute('data-ready', '1');
    }
  }

  // ------------------------------------------------------------------ index page

  function initIndex() {
    var S = JSON.parse(document.getElementById('summary').textContent);
    var missions = S.missions;
    var docs = S.docs;

    function docPage(d) {
      var doc = docs[d];
      return 'docs/' + encodeURIComponent(doc[2] || doc[0]) + '.html';
    }

    function headcount(count, qualifier) {
      if (count == null) {
        return '';
      }
      var sign = { max: '\u2264', min: '\u2265', approx: '~' }[qualifier] || '';
      return sign + count;
    }

    // ---------------------------------------------------------------- timeline

    var LABEL = 220, LANE = 14, MAX_LANES = 4;

    function drawTimeline() {
      var box = document.getElementById('timeline');
      var min = Infinity, max = -Infinity;
      missions.forEach(function (m) {
        m.bars.forEach(function (b) {
          [b[0], b[1]].forEach(function (v) {
            if (v != null) {
              min = Math.min(min, v);
              max = Math.max(max, v);
            }
          });
        });
      });
      if (!isFinite(min)) {
        min = max = dayOf(S.asOf);
      }
      var firstYear = yearOf(min), lastYear = yearOf(max) + 1;
      var x0 = dayOf(firstYear + '-01-01'), x1 = dayOf(lastYear + '-01-01');
      var width = Math.max(500, box.clientWidth - LABEL - 2);
      var scale = width / (x1 - x0);
      var x = function (day) { return (day - x0) * scale; };
      var asOf = dayOf(S.asOf);

      var step = 1;
      while (step * 365 * scale < 44) {
        step = step < 5 ? step + 1 : step + 5;
      }
      var years = [];
      for (var y = firstYear; y <= lastYear; y++) {
        if ((y - firstYear) % step === 0) {
          years.push(y);
        }
      }
      var grid = years.map(function (y) {
        var gx = x(dayOf(y + '-01-01')).toFixed(1);
        return '<g class="year"><line x1="' + gx + '" x2="' + gx + '" y1="0" y2="100%"></line></g>';
      }).join('') + (asOf >= x0 && asOf <= x1 ? '<line class="today" x1="' + x(asOf).toFixed(1) + '" x2="'
        + x(asOf).toFixed(1) + '" y1="0" y2="100%"><title>as of ' + S.asOf + '</title></line>' : '');

      var axis = el('div', { 'class': 'tl-axis' });
      axis.appendChild(el('div', { 'class': 'tl-label' }, missions.length + ' missions'));
      var axisSvg = '<svg class="tl-bars" width="' + width + '" height="18">' + years.filter(function (y) {
        return x(dayOf(y + '-01-01')) + 30 <= width;
      }).map(function (y) {
        return '<text x="' + (x(dayOf(y + '-01-01')) + 2).toFixed(1) + '" y="13">' + y + '</text>';
      }).join('') + '</svg>';
      axis.insertAdjacentHTML('beforeend', axisSvg);
      box.appendChild(axis);

      var rows = document.createDocumentFragment();
      missions.forEach(function (m, i) {
        var layout = lanes(m, x);
        var height = 6 + Math.max(1, layout.lanes) * LANE;
        var row = el('div', { 'class': 'tl-row', 'data-mission': m.id, 'data-index': i, 'data-bars': m.bars.length });
        var label = el('div', { 'class': 'tl-label', title: m.name + (m.org ? ' (' + m.org + ')' : '') });
        var link = el('a', { href: '#table-section', 'class': 'mission-link', 'data-mission': m.id }, m.name);
        label.appendChild(link);
        if (m.org) {
          label.appendChild(el('span', { 'class': 'org' }, m.org));
        }
        if (m.flags.length) {
          label.appendChild(el('span', { 'class': 'flagged', title: m.flags.map(function (f) { return f.detail; })
            .join('\n') }, '!'));
        }
        row.appendChild(label);
        row.insertAdjacentHTML('beforeend', '<svg class="tl-bars" width="' + width + '" height="' + height
          + '" role="img" aria-label="' + esc(m.name) + ': ' + m.bars.length + ' records"></svg>');
        row._layout = layout;
        row._grid = grid;
        rows.appendChild(row);
      });
      box.appendChild(rows);

      watchBars(box);
      box.addEventListener('click', function (e) {
        var link = e.target.closest && e.target.closest('a.mission-link');
        if (link) {
          e.preventDefault();
          setFilter('mission', link.getAttribute('data-mission'));
          document.getElementById('table-section').scrollIntoView();
        }
      });

      var all = box.querySelectorAll('.tl-row');
      if ('IntersectionObserver' in window) {
        var io = new IntersectionObserver(function (entries) {
          entries.forEach(function (entry) {
            if (entry.isIntersecting) {
              drawBars(entry.target, x);
              io.unobserve(entry.target);
            }
          });
        }, { rootMargin: '300px 0px' });
        Array.prototype.forEach.call(all, function (row) { io.observe(row); });
      } else {
        Array.prototype.forEach.call(all, function (row) { drawBars(row, x); });
      }
    }

    /** Places each bar of a mission in a lane so that bars and labels do not overlap (at most MAX_LANES). */
    function lanes(m, x) {
      var spans = m.bars.map(function (b, i) {
        // the same geometry as drawBars: a bar from its start to its end, else a dot of 8 pixels
        var dot = b[0] == null || b[1] == null;
        var x0 = x(b[0] != null ? b[0] : b[1]) - (dot ? 4 : 0);
        var x1 = dot ? x0 + 8 : x0 + Math.max(3, x(b[1]) - x0);
        var label = b[2] != null ? String(b[2]).length * 6 + 4 : 0;
        // a label goes inside a bar it fits in, else after the bar or dot: keep its room free
        return { i: i, from: x0, end: label && (dot || label > x1 - x0) ? x1 + 2 + label : x1 };
      }).sort(function (a, b) { return a.from - b.from; });
      var ends = [], lane = new Array(m.bars.length);
      spans.forEach(function (s) {
        var l = -1;
        for (var k = 0; k < ends.length; k++) {
          if (ends[k] <= s.from - 2) {
            l = k;
            break;
          }
        }
        if (l < 0) {
          if (ends.length < MAX_LANES) {
            l = ends.length;
            ends.push(-Infinity);
          } else {
            l = ends.indexOf(Math.min.apply(null, ends));
          }
        }
        lane[s.i] = l;
        ends[l] = Math.max(ends[l], s.end);
      });
      return { lane: lane, lanes: ends.length };
    }

    /**
     * Draws a mission's bars. At archive scale a row holds hundreds of records, so the shapes of a lane are one
     * path (an element per bar would cost seconds to lay out): a bar is found under the pointer by its position
     * (row._hits), for the tooltip and the click that opens its evidence. Labels go where they fit.
     */
    function drawBars(row, x) {
      var m = missions[+row.getAttribute('data-index')];
      var layout = row._layout;
      var svg = row.querySelector('svg');
      var shapes = [], dots = [], labels = [], labelEnd = [], hits = [];
      m.bars.forEach(function (b, i) {
        var lane = layout.lane[i];
        var y = 3 + lane * LANE;
        var from = b[0], to = b[1], count = b[2];
        var label = count != null ? String(count) : '';
        var width = label.length * 6 + 4;
        var x0, x1, lx;
        shapes[lane] = shapes[lane] || [];
        hits[lane] = hits[lane] || [];
        if (from != null && to != null) {
          x0 = x(from);
          x1 = x0 + Math.max(3, x(to) - x0);
          shapes[lane].push('M' + x0.toFixed(1) + ' ' + y + 'H' + x1.toFixed(1) + 'v' + (LANE - 3) + 'H' + x0.toFixed(1) + 'z');
          lx = width <= x1 - x0 ? x0 + 2 : x1 + 2;
        } else {
          var px = x(from != null ? from : to), cy = y + (LANE - 3) / 2;
          x0 = px - 4;
          x1 = px + 4;
          dots.push('M' + x0.toFixed(1) + ' ' + cy + 'a4 4 0 1 0 8 0a4 4 0 1 0 -8 0');
          lx = x1 + 2;
        }
        if (label && lx != null && (labelEnd[lane] == null || lx > labelEnd[lane])) {
          labels.push('<text x="' + lx.toFixed(1) + '" y="' + (y + LANE - 5) + '"' + (lx > x0 + 2 ? ' class="outside"' : '')
            + '>' + label + '</text>');
          labelEnd[lane] = lx + width;
        }
        hits[lane].push({ x0: x0, x1: x1, bar: i });
      });
      svg.innerHTML = row._grid + shapes.map(function (d) { return '<path class="bars" d="' + d.join('') + '"></path>'; })
        .join('') + '<path class="dots" d="' + dots.join('') + '"></path><rect class="hover" x="0" y="0" width="0" height="0">'
        + '</rect><g class="labels">' + labels.join('') + '</g>';
      row._hits = hits;
      row.setAttribute('data-drawn', m.bars.length);
    }

    /** The bar of a drawn row under a point of its chart (x, y in the chart's pixels), or null. */
    function barAt(row, px, py) {
      var lane = Math.floor((py - 3) / LANE);
      var hits = row._hits && row._hits[lane];
      var found = null;
      (hits || []).forEach(function (h) {
        if (px >= h.x0 - 2 && px <= h.x1 + 2) {
          found = h;
        }
      });
      return found && { bar: found.bar, lane: lane, x0: found.x0, x1: found.x1 };
    }

    function barTitle(m, b) {
      var doc = docs[b[3]];
      return m.name + ': ' + (b[2] != null ? b[2] + ' people' : 'no headcount') + ', '
        + (b[0] != null ? isoOf(b[0]) : '?') + ' \u2013 ' + (b[1] != null ? isoOf(b[1]) : '?') + '; letter ' + doc[0]
        + (doc[1] ? ' (' + doc[1] + ')' : '') + '. Click for the evidence.';
    }

    function barHref(b) {
      return docPage(b[3]) + '#r' + b[4];
    }

    function pointed(e) {
      var svg = e.target.closest && e.target.closest('.tl-row svg');
      if (!svg) {
        return null;
      }
      var row = svg.parentNode;
      var box = svg.getBoundingClientRect();
      var hit = barAt(row, e.clientX - box.left, e.clientY - box.top);
      return hit && { row: row, svg: svg, hit: hit, mission: missions[+row.getAttribute('data-index')] };
    }

    function watchBars(box) {
      var tip = el('div', { 'class': 'tl-tip', id: 'tl-tip', role: 'tooltip' });
      tip.hidden = true;
      document.body.appendChild(tip);
      var lit = null;
      box.addEventListener('mousemove', function (e) {
        var p = pointed(e);
        if (lit && (!p || lit !== p.svg)) {
          lit.querySelector('rect.hover').setAttribute('width', 0);
          lit.style.cursor = '';
          lit = null;
        }
        if (!p) {
          tip.hidden = true;
          return;
        }
        var b = p.mission.bars[p.hit.bar];
        var hover = p.svg.querySelector('rect.hover');
        hover.setAttribute('x', (p.hit.x0 - 1).toFixed(1));
        hover.setAttribute('y', 2 + p.hit.lane * LANE);
        hover.setAttribute('width', (p.hit.x1 - p.hit.x0 + 2).toFixed(1));
        hover.setAttribute('height', LANE - 1);
        p.svg.style.cursor = 'pointer';
        lit = p.svg;
        tip.textContent = barTitle(p.mission, b);
        tip.setAttribute('data-href', barHref(b));
        tip.style.left = Math.min(e.clientX + 12, window.innerWidth - 320) + 'px';
        tip.style.top = (e.clientY + 14) + 'px';
        tip.hidden = false;
      });
      box.addEventListener('mouseleave', function () { tip.hidden = true; });
      box.addEventListener('click', function (e) {
        var p = pointed(e);
        if (p) {
          location.href = barHref(p.mission.bars[p.hit.bar]);
        }
      });
    }

    /** Where the bar of a letter's record is drawn: {x, y} in its row's chart, for tests and tools. */
    M.barPoint = function (missionId, documentId, n) {
      var row = document.querySelector('.tl-row[data-mission="' + missionId + '"]');
      var m = missions[+row.getAttribute('data-index')];
      for (var lane = 0; row._hits && lane < row._hits.length; lane++) {
        var found = (row._hits[lane] || []).filter(function (h) {
          var b = m.bars[h.bar];
          return docs[b[3]][0] === documentId && b[4] === n;
        })[0];
        if (found) {
          return { x: (found.x0 + found.x1) / 2, y: 3 + lane * LANE + (LANE - 3) / 2 };
        }
      }
      return null;
    };

    // ---------------------------------------------------------------- table

    var PAGE = 50;
    var filter = { mission: '', organisation: '', year: '', action: '' };
    var page = 0;
    var renderToken = 0;
    var selects = {
      mission: document.getElementById('filter-mission'),
      organisation: document.getElementById('filter-org'),
      year: document.getElementById('filter-year'),
      action: document.getElementById('filter-action')
    };

    function options(select, values) {
      values.forEach(function (v) {
        select.appendChild(el('option', { value: v[0] }, v[1]));
      });
    }

    options(selects.mission, missions.map(function (m) { return [m.id, m.name + (m.org ? ' (' + m.org + ')' : '')]; }));
    options(selects.organisation, S.organisations.map(function (o) { return [o, o]; }));
    options(selects.year, S.years.slice().reverse().map(function (y) { return [y, y]; }).concat([['undated', 'undated']]));
    options(selects.action, S.actions.map(function (a) { return [a, a]; }));
    Object.keys(selects).forEach(function (k) {
      selects[k].addEventListener('change', function () { setFilter(k, selects[k].value); });
    });
    document.getElementById('filter-clear').addEventListener('click', function () {
      Object.keys(filter).forEach(function (k) { filter[k] = ''; selects[k].value = ''; });
      page = 0;
      renderTable();
    });

    function setFilter(key, value) {
      filter[key] = value;
      selects[key].value = value;
      page = 0;
      renderTable();
    }

    function chunksOf(ranges) {
      var need = {};
      ranges.forEach(function (r) {
        for (var c = Math.floor(r[0] / S.chunkSize); r[1] > r[0] && c <= Math.floor((r[1] - 1) / S.chunkSize); c++) {
          need[c] = true;
        }
      });
      return Object.keys(need).map(Number);
    }

    function rowAt(g) {
      return M.chunks[Math.floor(g / S.chunkSize)][g % S.chunkSize];
    }

    function yearMatches(row) {
      var date = docs[row[1]][1];
      return filter.year === 'undated' ? date == null : date != null && date.slice(0, 4) === filter.year;
    }

    function renderTable() {
      var token = ++renderToken;
      var status = document.getElementById('table-status');
      var ranges = [];
      missions.forEach(function (m) {
        if ((!filter.mission || m.id === filter.mission) && (!filter.organisation || m.org === filter.organisation)) {
          ranges.push([m.first, m.first + m.n]);
        }
      });
      var rowFilter = filter.year || filter.action;
      var wanted, total;
      if (!rowFilter) {
        // the page's records are known without reading any: load only the chunks that hold them
        total = ranges.reduce(function (s, r) { return s + r[1] - r[0]; }, 0);
        wanted = [];
        var skip = page * PAGE;
        ranges.forEach(function (r) {
          for (var g = r[0]; g < r[1] && wanted.length < PAGE; g++) {
            if (skip > 0) {
              skip--;
            } else {
              wanted.push(g);
            }
          }
        });
      }
      var need = rowFilter ? chunksOf(ranges) : chunksOf(wanted.map(function (g) { return [g, g + 1]; }));
      status.textContent = 'Loading records\u2026';
      return Promise.all(need.map(loadChunk)).then(function () {
        if (token !== renderToken) {
          return;
        }
        var shown;
        if (rowFilter) {
          var matching = [];
          ranges.forEach(function (r) {
            for (var g = r[0]; g < r[1]; g++) {
              var row = rowAt(g);
              if ((!filter.action || row[3] === filter.action) && (!filter.year || yearMatches(row))) {
                matching.push(g);
              }
            }
          });
          total = matching.length;
          shown = matching.slice(page * PAGE, page * PAGE + PAGE);
        } else {
          shown = wanted;
        }
        fillTable(shown);
        status.textContent = total === 0 ? 'No records match.' : 'Records ' + (page * PAGE + 1) + '\u2013'
          + (page * PAGE + shown.length) + ' of ' + total + '.';
        pager(total);
      }).catch(function (e) {
        status.textContent = 'The records could not be loaded: ' + e.message;
        console.error(e);
      });
    }

    function fillTable(indices) {
      var body = document.querySelector('#records tbody');
      var frag = document.createDocumentFragment();
      indices.forEach(function (g) {
        var r = rowAt(g);
        var m = missions[r[0]];
        var doc = docs[r[1]];
        var tr = el('tr', { 'data-record': doc[0] + '#' + r[2], 'data-mission': m.id, 'data-org': m.org || '',
          'data-year': doc[1] ? doc[1].slice(0, 4) : 'undated', 'data-action': r[3] || '' });
        var letter = el('td', { 'class': 'letter' });
        letter.appendChild(el('a', { href: docPage(r[1]), title: doc[0] }, doc[0]));
        tr.appendChild(letter);
        tr.appendChild(el('td', null, doc[1] || 'undated'));
        tr.appendChild(el('td', { 'class': 'mission' }, m.name));
        tr.appendChild(el('td', null, m.org || ''));
        tr.appendChild(el('td', { 'class': 'action' }, r[3] || ''));
        tr.appendChild(el('td', { 'class': 'num' }, headcount(r[4], r[5])));
        tr.appendChild(el('td', null, r[6] || ''));
        tr.appendChild(el('td', null, r[7] || ''));
        var ev = el('td');
        ev.appendChild(el('a', { 'class': 'evidence', href: docPage(r[1]) + '#r' + r[2] },
          r[8] != null ? 'p. ' + r[8] : 'text'));
        tr.appendChild(ev);
        frag.appendChild(tr);
      });
      body.textContent = '';
      body.appendChild(frag);
    }

    function pager(total) {
      var nav = document.getElementById('pager');
      nav.textContent = '';
      var pages = Math.ceil(total / PAGE);
      if (pages <= 1) {
        return;
      }
      var prev = el('button', { type: 'button', id: 'page-prev' }, '\u2190 previous');
      prev.disabled = page === 0;
      prev.addEventListener('click', function () { page--; renderTable(); });
      var next = el('button', { type: 'button', id: 'page-next' }, 'next \u2192');
      next.disabled = page >= pages - 1;
      next.addEventListener('click', function () { page++; renderTable(); });
      nav.appendChild(prev);
      nav.appendChild(el('span', null, 'page ' + (page + 1) + ' of ' + pages));
      nav.appendChild(next);
    }

    // ---------------------------------------------------------------- flags

    function listFlags() {
      var list = document.getElementById('flags');
      var n = 0;
      missions.forEach(function (m) {
        m.flags.forEach(function (f) {
          var li = el('li', { 'data-mission': m.id, 'data-kind': f.kind });
          li.appendChild(el('span', { 'class': 'kind' }, f.kind.replace(/_/g, ' ')));
          li.appendChild(el('strong', null, m.name + ': '));
          li.appendChild(document.createTextNode(f.detail));
          list.appendChild(li);
          n++;
        });
      });
      if (n === 0) {
        list.appendChild(el('li', null, 'No flags.'));
      }
    }

    // ask for the first records before drawing, so that their file loads while the timeline is drawn
    var table = renderTable();
    drawTimeline();
    listFlags();
    table.then(ready, ready);
  }

  // ------------------------------------------------------------------ a letter's page

  function initDocument() {
    function has(list, n) {
      return list != null && list.split(' ').indexOf(n) >= 0;
    }

    function show() {
      var m = /^#r(\d+)$/.exec(location.hash);
      Array.prototype.forEach.call(document.querySelectorAll('.current, .current-part'), function (e) {
        e.classList.remove('current');
        e.classList.remove('current-part');
      });
      if (!m) {
        return;
      }
      var n = m[1];
      Array.prototype.forEach.call(document.querySelectorAll('mark'), function (e) {
        if (has(e.getAttribute('data-records'), n)) {
          e.classList.add('current');
        } else if (has(e.getAttribute('data-parts'), n)) {
          e.classList.add('current-part');
        }
      });
      var item = document.getElementById('rec-' + n);
      if (item) {
        item.classList.add('current');
      }
      var anchor = document.getElementById('r' + n);
      if (anchor) {
        anchor.scrollIntoView({ block: 'center' });
      }
    }

    window.addEventListener('hashchange', show);
    show();
    ready();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var page = document.body.getAttribute('data-page');
    if (page === 'index') {
      initIndex();
    } else if (page === 'document') {
      initDocument();
    }
  });
}());
