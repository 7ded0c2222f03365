/* Pharos report renderer: draws every chart as inline SVG from the JSON in #report-data.
   No libraries, no network. Sets #render-status data-status="ok" when all parts rendered,
   "error" (with data-errors) when a script error occurred. GPL-3.0-or-later. */
(function () {
  'use strict';
  var status = document.getElementById('render-status');
  var errors = [];
  function fail(message) {
    errors.push(message);
    status.setAttribute('data-status', 'error');
    status.setAttribute('data-errors', errors.join(' | '));
    status.textContent = 'Part of this report failed to render: ' + errors.join('; ');
    status.hidden = false;
  }
  window.onerror = function (msg, src, line, col) { fail(msg + ' (line ' + line + ':' + col + ')'); };

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var charts = 0;
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
  var QUAD = [
    { key: 'verbal_cooperation', name: 'Verbal cooperation', color: '#90caf9' },
    { key: 'material_cooperation', name: 'Material cooperation', color: '#1e88e5' },
    { key: 'verbal_conflict', name: 'Verbal conflict', color: '#ffab91' },
    { key: 'material_conflict', name: 'Material conflict', color: '#d32f2f' }
  ];

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function $(id) { return document.getElementById(id); }
  function fmt(n, d) { return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US', { maximumFractionDigits: d === undefined ? 0 : d, minimumFractionDigits: d === undefined ? 0 : d }); }
  function signed(n, d) { return n === null || n === undefined ? '–' : (n > 0 ? '+' : '') + fmt(n, d); }
  function pct(x) { return Math.round(x * 100) + '%'; }
  function tipAttr(text) { return ' data-tip="' + esc(text) + '"'; }
  function part(name, fn) {
    try { fn(); } catch (e) { fail(name + ': ' + (e && e.message ? e.message : e)); }
  }
  function ticks(n, max) {
    // evenly spaced label positions over n periods, at most max of them
    var step = Math.max(1, Math.ceil(n / max)), out = [];
    for (var i = 0; i < n; i += step) { out.push(i); }
    return out;
  }
  function niceMax(v) {
    if (v <= 0) { return 1; }
    var p = Math.pow(10, Math.floor(Math.log(v) / Math.LN10)), m = v / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  function sideClass(side) { return side === 'government' ? 'gov' : side === 'armed_opposition' ? 'opp' : 'oth'; }
  function sideName(side) { return side === 'government' ? 'with the government' : side === 'armed_opposition' ? 'with armed opponents' : side === 'absent' ? 'absent' : 'other'; }

  // Tooltip: any SVG or HTML element with data-tip shows it on hover.
  var tooltip = $('tooltip');
  document.addEventListener('mousemove', function (ev) {
    var t = ev.target && ev.target.closest ? ev.target.closest('[data-tip]') : null;
    if (!t) { tooltip.hidden = true; return; }
    tooltip.textContent = t.getAttribute('data-tip');
    tooltip.hidden = false;
    var x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + 340 > window.innerWidth) { x = ev.clientX - 350; }
    tooltip.style.left = x + 'px';
    tooltip.style.top = y + 'px';
  });

  function header() {
    var s = data.selection;
    var meta = 'Focus ' + data.focus_label + ' (' + data.focus + ') · ' + (data.first_period || '?') + ' to ' + (data.last_period || '?') +
      ' · counting ' + s.counting + ' · actor level ' + data.level + ' · generated ' + data.generated_at;
    $('meta').textContent = meta;
    var figs = [
      [fmt(s.counted), s.counting === 'clusters' ? 'distinct events' : 'event reports'],
      [fmt(s.merged_reports), 'duplicate reports merged'],
      [fmt(data.documents), 'documents'],
      [fmt(data.outlets), 'outlets'],
      [fmt(data.dyads.dyad_count), 'dyads'],
      [fmt(data.escalation.flags.length), 'escalation flags'],
      [data.alignment.balance.balanced_share === null ? '–' : pct(data.alignment.balance.balanced_share), 'balanced triads'],
      [fmt(s.non_factual), 'non-factual reports left out']
    ];
    $('key-figures').innerHTML = figs.map(function (f) { return '<div class="figure"><b>' + esc(f[0]) + '</b><span>' + esc(f[1]) + '</span></div>'; }).join('');
  }

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function monthName(label) {
    var m = /^(\d{4})-(\d{2})$/.exec(label || '');
    return m ? MONTHS[+m[2] - 1] + ' ' + m[1] : label;
  }
  function periodName(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    if (!m) { return text; }
    var last = new Date(Date.UTC(+m[4], +m[5], 0)).getUTCDate();
    return (m[3] === '01' ? MONTHS[+m[2] - 1] + ' ' + m[1] : +m[3] + ' ' + MONTHS[+m[2] - 1] + ' ' + m[1]) + ' – ' +
      (+m[6] === last ? MONTHS[+m[5] - 1] + ' ' + m[4] : +m[6] + ' ' + MONTHS[+m[5] - 1] + ' ' + m[4]);
  }
  function big(n) {
    return n >= 1e9 ? fmt(n / 1e9, n % 1e9 ? 1 : 0) + ' billion' : n >= 1e6 ? fmt(n / 1e6, n % 1e6 ? 1 : 0) + ' million' : fmt(n);
  }
  function plural(n, word) { return fmt(n) + ' ' + word + (n === 1 ? '' : 's'); }

  // Long monthly series are regrouped into quarters (over 36 months) or years (over 96): the index of a
  // group is recomputed from its summed cooperation and conflict counts, so nothing is averaged twice.
  function regroup(periods, granularity) {
    var unit = granularity === 'month' && periods.length > 96 ? 'year' : granularity === 'month' && periods.length > 36 ? 'quarter' : granularity;
    var groups = [], at = {};
    periods.forEach(function (p, i) {
      var m = /^(\d{4})-(\d{2})$/.exec(p), key = p;
      if (m && unit === 'quarter') { key = m[1] + ' Q' + (Math.floor((+m[2] - 1) / 3) + 1); }
      if (m && unit === 'year') { key = m[1]; }
      if (!(key in at)) { at[key] = groups.length; groups.push({ label: key, members: [] }); }
      groups[at[key]].members.push(i);
    });
    return { unit: unit, groups: groups };
  }

  // One small panel per outside power on a shared time axis, so each power's standing reads on its own
  // and panels compare by position: solid line toward the focal government, dashed toward its armed groups.
  function influence() {
    var inf = data.influence, periods = inf.periods, powers = inf.powers;
    var g = regroup(periods, inf.granularity), groups = g.groups;
    var GOV = '#1f5fa8', ARMED = '#d9822b';
    $('influence-note').textContent = 'One panel per outside power, index per ' + g.unit + ': (cooperation − conflict) / (cooperation + conflict) over the ' + data.selection.counting +
      ' between the power and the ' + data.focus_label + ' government (solid blue) or ' + data.focus_label + '\u2019s armed groups (dashed orange); +1 = only cooperation, −1 = only conflict. ' +
      'Dot size grows with the number of events; faint segments bridge up to two ' + g.unit + 's without such events. The badge compares the monthly index toward the government in the first three active months with the last three ' +
      '(improved or worsened when they differ by more than 0.25), or gives the overall index when there are fewer than four active months.' + (g.unit !== inf.granularity ? ' Monthly figures are in the JSON output.' : '');
    $('influence-legend').innerHTML = '<span><i class="solid" style="border-color:' + GOV + '"></i>toward the ' + esc(data.focus_label) + ' government</span>' +
      '<span><i class="dash" style="border-color:' + ARMED + '"></i>toward ' + esc(data.focus_label) + '\u2019s armed groups</span>';
    if (!powers.length || !periods.length) { $('influence-chart').innerHTML = '<p class="empty">No events between outside powers and ' + esc(data.focus_label) + ' in this period.</p>'; return; }
    var html = '';
    powers.forEach(function (p) {
      var W = 580, H = 170, L = 46, R = 12, T = 10, B = 26, pw = W - L - R, ph = H - T - B, n = groups.length;
      function x(i) { return L + (n === 1 ? pw / 2 : i * pw / (n - 1)); }
      function y(v) { return T + (1 - v) / 2 * ph; }
      var s = '<svg viewBox="0 0 ' + W + ' ' + H + '" role="img" aria-label="Influence index of ' + esc(p.label) + '" class="pharos-chart">';
      [-1, 0, 1].forEach(function (v) {
        s += '<line x1="' + L + '" x2="' + (W - R) + '" y1="' + y(v) + '" y2="' + y(v) + '" stroke="' + (v === 0 ? '#9aa4b2' : '#e6e9ef') + '"/>';
        s += '<text x="' + (L - 5) + '" y="' + (y(v) + 4) + '" text-anchor="end" font-size="10" fill="#5b6475">' + (v === 1 ? '+1 coop' : v === -1 ? '−1 confl' : '0') + '</text>';
      });
      ticks(n, 8).forEach(function (i) {
        s += '<text x="' + x(i) + '" y="' + (H - B + 15) + '" text-anchor="middle" font-size="10" fill="#5b6475">' + esc(groups[i].label) + '</text>';
      });
      [['toward_government', '', 'government', p.with_government, GOV], ['toward_armed_groups', '6 4', 'armed groups', p.with_armed_groups, ARMED]].forEach(function (line) {
        if (!line[3]) { return; }
        var pts = p[line[0]], d = '', bridge = '', last = null, dots = '', color = line[4];
        groups.forEach(function (grp, i) {
          var coop = 0, conf = 0;
          grp.members.forEach(function (j) { coop += pts[j].cooperation; conf += pts[j].conflict; });
          if (coop + conf === 0) { return; }
          var v = (coop - conf) / (coop + conf), px = x(i).toFixed(1), py = y(v).toFixed(1);
          if (last !== null) {
            var seg = 'M' + x(last.i).toFixed(1) + ' ' + y(last.v).toFixed(1) + 'L' + px + ' ' + py;
            if (last.i === i - 1) { d += seg; } else if (i - last.i <= 3) { bridge += seg; }
          }
          last = { i: i, v: v };
          dots += '<circle cx="' + px + '" cy="' + py + '" r="' + Math.min(8, 2.5 + 1.2 * Math.sqrt(coop + conf)).toFixed(1) + '" fill="' + color + '" fill-opacity="0.85" stroke="#fff" stroke-width="0.8"' +
            tipAttr(p.label + ' → ' + data.focus_label + ' ' + line[2] + '\n' + grp.label + ': index ' + signed(v, 2) + '\n' + coop + ' cooperative, ' + conf + ' conflictual') + '/>';
        });
        var dash = line[1] ? ' stroke-dasharray="' + line[1] + '"' : '';
        if (bridge) { s += '<path d="' + bridge + '" fill="none" stroke="' + color + '" stroke-width="1.4"' + dash + ' opacity="0.35"/>'; }
        if (d) { s += '<path d="' + d + '" fill="none" stroke="' + color + '" stroke-width="2.2"' + dash + ' opacity="0.9"/>'; }
        s += dots;
      });
      s += '</svg>';
      var backs = (p.backed_group_names || []).slice(0, 3).join(', ') + ((p.backed_group_names || []).length > 3 ? '…' : '');
      var counts = [];
      if (p.with_government) { counts.push(plural(p.with_government, 'event') + ' with the government'); }
      if (p.with_armed_groups) { counts.push(plural(p.with_armed_groups, 'event') + ' with armed groups'); }
      if (backs) { counts.push('backs ' + backs); }
      var t = p.government_trend, verdict = '';
      if (t && (t.direction === 'improved' || t.direction === 'worsened' || t.direction === 'steady')) {
        verdict = '<span class="trend ' + t.direction + '">' + (t.direction === 'steady' ? 'steady' : t.direction) + ' ' + signed(t.early, 2) + ' → ' + signed(t.late, 2) + '</span>';
      } else if (t && t.direction === 'few_data' && t.overall !== null) {
        verdict = '<span class="trend">' + signed(t.overall, 2) + ' overall, ' + plural(t.active_periods, 'month') + '</span>';
      }
      html += '<div class="dyad"><h3>' + esc(p.label) + ' ' + verdict + '</h3><div class="sub">' + esc(counts.join(' · ')) + '</div><div class="chart">' + s + '</div></div>';
      charts++;
    });
    $('influence-chart').innerHTML = html;
  }

  function dyads() {
    var ds = data.dyads, periods = ds.periods, index = {};
    periods.forEach(function (p, i) { index[p] = i; });
    $('dyads-note').textContent = 'The ' + ds.dyads.length + ' busiest of ' + fmt(ds.dyad_count) + ' dyads, ' + data.selection.counting + ' per ' + ds.granularity +
      ' by QuadClass; red triangles mark escalation flags. Hover a bar for PLOVER types and the net Goldstein sum.';
    $('dyads-legend').innerHTML = QUAD.map(function (q) { return '<span><i style="background:' + q.color + '"></i>' + q.name + '</span>'; }).join('') +
      '<span><i style="background:#c62828;height:0;width:0;border-left:6px solid transparent;border-right:6px solid transparent;border-bottom:10px solid #c62828;background:none"></i>escalation flag</span>';
    var flags = {};
    data.escalation.flags.forEach(function (f) { flags[f.actor_a + '|' + f.actor_b + '|' + f.period] = f; });
    if (!ds.dyads.length) { $('dyad-charts').innerHTML = '<p class="empty">No dyads in this period.</p>'; return; }
    var html = '';
    ds.dyads.forEach(function (dy) {
      var W = 580, H = 210, L = 46, R = 10, T = 14, B = 30, pw = W - L - R, ph = H - T - B, n = Math.max(periods.length, 1);
      var max = 0;
      dy.series.forEach(function (b) { max = Math.max(max, b.count); });
      // headroom of about 12% above the tallest bar for its escalation marker; small scales stay even
      max = Math.ceil(max * 1.12);
      max = max <= 10 ? Math.max(2, max + (max % 2)) : niceMax(max);
      var bw = pw / n;
      var s = '<svg viewBox="0 0 ' + W + ' ' + H + '" role="img" aria-label="Dyad chart" class="pharos-chart">';
      (max % 2 === 0 ? [0, 0.5, 1] : [0, 1]).forEach(function (f) {
        var yy = T + ph - f * ph;
        s += '<line x1="' + L + '" x2="' + (W - R) + '" y1="' + yy + '" y2="' + yy + '" stroke="#e6e9ef"/>' +
          '<text x="' + (L - 5) + '" y="' + (yy + 4) + '" text-anchor="end" font-size="10" fill="#5b6475">' + fmt(max * f) + '</text>';
      });
      dy.series.forEach(function (b) {
        var i = index[b.period], x0 = L + i * bw, y0 = T + ph, w = Math.max(bw - (bw > 4 ? 1 : 0), 0.8);
        var plover = Object.keys(b.plover).sort(function (a, c) { return b.plover[c] - b.plover[a]; }).slice(0, 4)
          .map(function (k) { return k.toLowerCase() + ' ' + b.plover[k]; }).join(', ');
        var tip = dy.label_a + ' – ' + dy.label_b + '\n' + b.period + ': ' + b.count + ' events (' + b.a_to_b + ' ' + dy.actor_a + '→' + dy.actor_b + ', ' + b.b_to_a + ' reverse)\n' +
          QUAD.map(function (q) { return q.name.toLowerCase() + ' ' + b[q.key]; }).join(', ') + '\nnet Goldstein ' + signed(b.goldstein_sum, 1) + '\nPLOVER: ' + plover;
        QUAD.forEach(function (q) {
          var h = b[q.key] / max * ph;
          if (h > 0) {
            y0 -= h;
            s += '<rect x="' + x0.toFixed(2) + '" y="' + y0.toFixed(2) + '" width="' + w.toFixed(2) + '" height="' + h.toFixed(2) + '" fill="' + q.color + '"' + tipAttr(tip) + '/>';
          }
        });
        var f = flags[dy.actor_a + '|' + dy.actor_b + '|' + b.period];
        if (f) {
          var cx = x0 + w / 2, ty = Math.max(y0 - 4, T + 8);
          s += '<path d="M' + (cx - 5).toFixed(1) + ' ' + ty.toFixed(1) + 'L' + (cx + 5).toFixed(1) + ' ' + ty.toFixed(1) + 'L' + cx.toFixed(1) + ' ' + (ty - 9).toFixed(1) + 'Z" fill="#c62828"' +
            tipAttr('Escalation ' + f.period + ': intensity ' + fmt(f.intensity) + ' vs baseline ' + fmt(f.baseline_mean, 1) + ' (z = ' + fmt(f.z, 1) + ')') + '/>';
        }
      });
      ticks(periods.length, 6).forEach(function (i) {
        s += '<text x="' + (L + i * bw + bw / 2).toFixed(1) + '" y="' + (H - B + 15) + '" text-anchor="middle" font-size="10" fill="#5b6475">' + esc(periods[i]) + '</text>';
      });
      s += '<text transform="translate(11 ' + (T + ph / 2) + ') rotate(-90)" text-anchor="middle" font-size="10" fill="#5b6475">events per ' + ds.granularity + '</text>';
      s += '</svg>';
      html += '<div class="dyad"><h3>' + esc(dy.label_a) + ' – ' + esc(dy.label_b) + '</h3><div class="sub">' + fmt(dy.total) + ' events · ' + fmt(dy.cooperation) + ' cooperative · ' +
        fmt(dy.conflict) + ' conflictual · net Goldstein ' + signed(dy.goldstein_sum, 1) + (dy.undated ? ' · ' + dy.undated + ' without a usable date' : '') + '</div><div class="chart">' + s + '</div></div>';
      charts++;
    });
    $('dyad-charts').innerHTML = html;
  }

  function network() {
    var net = data.alignment, nodes = net.nodes, edges = net.edges;
    var bal = net.balance;
    $('network-note').textContent = 'Actors (' + net.level + ' level) linked by the net Goldstein sum of their events (green: cooperation outweighs conflict; red: conflict outweighs). ' +
      'Blocs found by Doreian–Mrvar signed partitioning (criterion ' + fmt(net.frustration, 1) + '). Structural balance: ' +
      (bal.balanced_share === null ? 'no closed triads.' : pct(bal.balanced_share) + ' of ' + fmt(bal.closed_triads) + ' closed triads are balanced.');
    if (!nodes.length) { $('network-chart').innerHTML = '<p class="empty">No actor pairs in this period.</p>'; return; }
    var W = 1180, cx = W / 2, cy = 0;
    var blocs = net.blocs.slice().sort(function (a, b) {
      var rank = { government: 0, other: 1, armed_opposition: 2 };
      return rank[a.side] - rank[b.side] || b.members.length - a.members.length;
    });
    var pos = {}, maxEv = 1;
    nodes.forEach(function (nd) { maxEv = Math.max(maxEv, nd.events); });
    // blocs sit on a wide ellipse (government left, armed opposition right); each bloc's members on a small circle
    var nb = blocs.length, R = nb === 1 ? 0 : 360;
    blocs.forEach(function (bl, k) {
      var ang = nb === 1 ? 0 : Math.PI - k * 2 * Math.PI / nb;
      var bx = cx + R * Math.cos(ang), by = cy - 170 * Math.sin(ang);
      var m = bl.members.length, r = m === 1 ? 0 : Math.min(55 + 24 * Math.sqrt(m), nb === 1 ? 260 : 170);
      bl.members.forEach(function (id, j) {
        var a = 2 * Math.PI * j / m - Math.PI / 2;
        pos[id] = [bx + r * Math.cos(a), by + r * 0.75 * Math.sin(a)];
      });
    });
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    Object.keys(pos).forEach(function (id) {
      minX = Math.min(minX, pos[id][0]); maxX = Math.max(maxX, pos[id][0]);
      minY = Math.min(minY, pos[id][1]); maxY = Math.max(maxY, pos[id][1]);
    });
    var vx = Math.min(minX - 120, 0), vw = Math.max(maxX + 120, W) - vx, vy = minY - 50, H = maxY - minY + 110;
    var maxW = 1;
    edges.forEach(function (e) { maxW = Math.max(maxW, Math.abs(e.weight)); });
    var s = '<svg viewBox="' + vx.toFixed(0) + ' ' + vy.toFixed(0) + ' ' + vw.toFixed(0) + ' ' + H.toFixed(0) + '" role="img" aria-label="Alignment network" class="pharos-chart network">';
    edges.slice().reverse().forEach(function (e) {
      var p = pos[e.a], q = pos[e.b];
      if (!p || !q || e.weight === 0) { return; }
      var sw = 0.8 + 7 * Math.sqrt(Math.abs(e.weight) / maxW);
      s += '<line x1="' + p[0].toFixed(1) + '" y1="' + p[1].toFixed(1) + '" x2="' + q[0].toFixed(1) + '" y2="' + q[1].toFixed(1) + '" stroke="' + (e.weight > 0 ? '#2e7d32' : '#c62828') +
        '" stroke-width="' + sw.toFixed(1) + '" opacity="0.45" stroke-linecap="round"' +
        tipAttr(e.a + ' – ' + e.b + '\nnet Goldstein ' + signed(e.weight, 1) + ' (cooperation ' + fmt(e.cooperation, 1) + ', conflict ' + fmt(e.conflict, 1) + ')\n' + e.events + ' events') + '/>';
    });
    var fill = { government: '#1f4e79', armed_opposition: '#b71c1c', other: '#6d7787' };
    nodes.forEach(function (nd) {
      var p = pos[nd.id], r = 6 + 16 * Math.sqrt(nd.events / maxEv);
      var tip = nd.label + ' (' + nd.id + ')\n' + nd.role.replace(/_/g, ' ') + ' · bloc ' + nd.bloc + ' · ' + sideName(nd.side) + '\n' + nd.events + ' events' +
        (nd.affinity_to_focus === null ? '' : '\naffinity to the ' + data.focus_label + ' government ' + signed(nd.affinity_to_focus, 2));
      s += '<circle cx="' + p[0].toFixed(1) + '" cy="' + p[1].toFixed(1) + '" r="' + r.toFixed(1) + '" fill="' + fill[nd.side] + '" stroke="' + (nd.role === 'focal_government' ? '#f2b705' : '#fff') +
        '" stroke-width="' + (nd.role === 'focal_government' ? 4 : 1.5) + '"' + tipAttr(tip) + '/>';
      s += '<text x="' + p[0].toFixed(1) + '" y="' + (p[1] + r + 12).toFixed(1) + '" text-anchor="middle" font-size="11.5" fill="#1d2330" paint-order="stroke" stroke="#fff" stroke-width="3">' + esc(nd.label) + '</text>';
    });
    s += '</svg>';
    $('network-chart').innerHTML = s;
    $('network-legend').innerHTML = '<span><i style="background:#1f4e79"></i>government bloc</span><span><i style="background:#b71c1c"></i>armed-opposition bloc</span>' +
      '<span><i style="background:#6d7787"></i>other blocs</span><span><i class="solid" style="border-color:#2e7d32"></i>net cooperation</span><span><i class="solid" style="border-color:#c62828"></i>net conflict</span>' +
      '<span><i style="background:#fff;border:3px solid #f2b705"></i>focal government</span>';
    charts++;
    var cmp = data.comparison;
    if (cmp) {
      var b0 = cmp.before.balance, b1 = cmp.after.balance;
      var rows = cmp.moves.slice(0, 40).map(function (m) {
        return '<tr><td>' + esc(m.label) + ' <span class="sub">' + esc(m.id) + '</span></td><td><span class="pill ' + sideClass(m.side_before) + '">' + esc(sideName(m.side_before)) + '</span></td>' +
          '<td><span class="pill ' + sideClass(m.side_after) + '">' + esc(sideName(m.side_after)) + '</span></td><td class="num">' + signed(m.affinity_before, 2) + '</td><td class="num">' + signed(m.affinity_after, 2) + '</td></tr>';
      }).join('');
      $('comparison').innerHTML = '<h3>How alignments moved: ' + esc(periodName(cmp.before.period)) + ' → ' + esc(periodName(cmp.after.period)) + '</h3><p class="note">Balanced triads: ' +
        (b0.balanced_share === null ? '–' : pct(b0.balanced_share)) + ' → ' + (b1.balanced_share === null ? '–' : pct(b1.balanced_share)) + '. Blocs: ' + cmp.before.blocs.length + ' → ' + cmp.after.blocs.length +
        '. Side changes first; affinity = (coop − conflict)/(coop + conflict) with the ' + esc(data.focus_label) + ' government.</p>' +
        '<table><thead><tr><th>Actor</th><th>Before</th><th>After</th><th>Affinity before</th><th>Affinity after</th></tr></thead><tbody>' + rows + '</tbody></table>';
    }
  }

  function map() {
    var m = data.map;
    var outsideNote = m.outside.length ? ' Outside the view: ' + m.outside.slice(0, 8).map(function (p) { return (p.name || 'unnamed place') + ' (' + fmt(p.count) + ')'; }).join(', ') +
      (m.outside.length > 8 ? ' and ' + fmt(m.outside.length - 8) + ' more places' : '') + ' \u2014 ' + fmt(m.outside_events) + ' events in all.' : '';
    $('map-note').textContent = fmt(m.located) + ' events with a known place (' + fmt(m.unlocated) + ' without one) at ' + fmt(m.places) + ' places; shown: ' + m.rule +
      '. Circle area \u221d events at the place; red: mostly conflict, blue: mostly cooperation; grey dots: capitals. Borders: Natural Earth 1:50m (public domain).' + outsideNote;
    var midLat = (m.min_lat + m.max_lat) / 2, cosLat = Math.max(0.2, Math.cos(midLat * Math.PI / 180));
    var W = 1180, Hmax = 660, lonSpan = (m.max_lon - m.min_lon) * cosLat, latSpan = m.max_lat - m.min_lat;
    var k = Math.min(W / lonSpan, Hmax / latSpan), w = lonSpan * k, h = latSpan * k, ox = (W - w) / 2;
    function x(lon) { return ox + (lon - m.min_lon) * cosLat * k; }
    function y(lat) { return (m.max_lat - lat) * k; }
    var placed = [];
    function free(x0, y0, x1, y1) {
      for (var i = 0; i < placed.length; i++) {
        var b = placed[i];
        if (x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]) { return false; }
      }
      placed.push([x0, y0, x1, y1]);
      return true;
    }
    var s = '<svg viewBox="0 0 ' + W + ' ' + (h + 4).toFixed(0) + '" role="img" aria-label="Map of located events" class="pharos-chart">';
    s += '<rect x="' + ox.toFixed(1) + '" y="0" width="' + w.toFixed(1) + '" height="' + h.toFixed(1) + '" fill="#dde8f2"/>';
    // a nested svg clips what it holds to the map frame (shapes of countries beyond the view)
    s += '<svg x="' + ox.toFixed(1) + '" y="0" width="' + w.toFixed(1) + '" height="' + h.toFixed(1) + '" viewBox="' + ox.toFixed(1) + ' 0 ' + w.toFixed(1) + ' ' + h.toFixed(1) + '" overflow="hidden">';
    (m.countries || []).forEach(function (c) {
      var d = c.rings.map(function (r) {
        var v = r.split(','), px = 0, py = 0, out = '';
        for (var i = 0; i < v.length; i += 2) {
          px += +v[i]; py += +v[i + 1];
          out += (i === 0 ? 'M' : 'L') + x(px / 100).toFixed(1) + ' ' + y(py / 100).toFixed(1);
        }
        return out + 'Z';
      }).join('');
      s += '<path d="' + d + '" fill="#f6f3ec" stroke="#a9b4c0" stroke-width="0.7" fill-rule="evenodd"' + tipAttr(c.name) + '/>';
    });
    var span = Math.max(m.max_lon - m.min_lon, latSpan), step = span > 90 ? 30 : span > 40 ? 10 : span > 16 ? 5 : span > 6 ? 2 : 1;
    for (var lo = Math.ceil(m.min_lon / step) * step; lo <= m.max_lon; lo += step) {
      s += '<line x1="' + x(lo).toFixed(1) + '" x2="' + x(lo).toFixed(1) + '" y1="0" y2="' + h.toFixed(1) + '" stroke="#b8c6d6" stroke-width="0.5" stroke-dasharray="2 3"/><text x="' + (x(lo) + 3).toFixed(1) + '" y="' + (h - 4).toFixed(1) + '" font-size="10" fill="#7a8696">' + Math.abs(lo) + '°' + (lo < 0 ? 'W' : lo > 0 ? 'E' : '') + '</text>';
    }
    for (var la = Math.ceil(m.min_lat / step) * step; la <= m.max_lat; la += step) {
      s += '<line x1="' + ox.toFixed(1) + '" x2="' + (ox + w).toFixed(1) + '" y1="' + y(la).toFixed(1) + '" y2="' + y(la).toFixed(1) + '" stroke="#b8c6d6" stroke-width="0.5" stroke-dasharray="2 3"/><text x="' + (ox + 3).toFixed(1) + '" y="' + (y(la) - 3).toFixed(1) + '" font-size="10" fill="#7a8696">' + Math.abs(la) + '°' + (la < 0 ? 'S' : la > 0 ? 'N' : '') + '</text>';
    }
    var maxC = 1;
    m.points.forEach(function (p) { maxC = Math.max(maxC, p.count); });
    function radius(p) { return 3 + 17 * Math.sqrt(p.count / maxC); }
    // labels of the busiest places first, then country names, then capitals: each only where it does not overlap
    var labels = '';
    m.points.slice(0, 15).forEach(function (p) {
      if (!p.name) { return; }
      var lx = x(p.lon) + radius(p) * 0.7 + 2, ly = y(p.lat) + 4, tw = p.name.length * 6.6;
      if (free(lx, ly - 11, lx + tw, ly + 3)) {
        labels += '<text x="' + lx.toFixed(1) + '" y="' + ly.toFixed(1) + '" font-size="11.5" font-weight="600" fill="#1d2330" paint-order="stroke" stroke="#fff" stroke-width="3">' + esc(p.name) + '</text>';
      }
    });
    var countryLabels = '';
    (m.countries || []).forEach(function (c) {
      if (!c.labelled) { return; }
      var name = c.name.toUpperCase(), tw = name.length * 7.2, cx = x(c.label_lon), cy = y(c.label_lat);
      if (cx - tw / 2 > ox && cx + tw / 2 < ox + w && cy - 12 > 0 && cy + 4 < h && free(cx - tw / 2, cy - 10, cx + tw / 2, cy + 3)) {
        countryLabels += '<text x="' + cx.toFixed(1) + '" y="' + cy.toFixed(1) + '" text-anchor="middle" font-size="10.5" letter-spacing="1.2" fill="#8b7f6a">' + esc(name) + '</text>';
      }
    });
    var capitals = '';
    m.reference.forEach(function (r) {
      var cx = x(r.lon), cy = y(r.lat), tw = r.name.length * 5.8;
      capitals += '<circle cx="' + cx.toFixed(1) + '" cy="' + cy.toFixed(1) + '" r="2.2" fill="#7d8795"' + tipAttr(r.name + ' (' + r.country + ')') + '/>';
      if (free(cx + 4, cy - 12, cx + 4 + tw, cy - 1)) {
        capitals += '<text x="' + (cx + 4).toFixed(1) + '" y="' + (cy - 3).toFixed(1) + '" font-size="10" fill="#5f6978">' + esc(r.name) + '</text>';
      }
    });
    s += countryLabels + capitals;
    m.points.slice().reverse().forEach(function (p) {
      var r = radius(p), c = p.conflict / Math.max(p.count, 1), co = p.cooperation / Math.max(p.count, 1);
      var color = c >= co ? 'rgba(198,40,40,' + (0.45 + 0.45 * c).toFixed(2) + ')' : 'rgba(30,136,229,' + (0.45 + 0.45 * co).toFixed(2) + ')';
      s += '<circle cx="' + x(p.lon).toFixed(1) + '" cy="' + y(p.lat).toFixed(1) + '" r="' + r.toFixed(1) + '" fill="' + color + '" stroke="#fff" stroke-width="0.8"' +
        tipAttr((p.name || 'unnamed place') + ' (' + p.lat + ', ' + p.lon + ')\n' + p.count + ' events: ' + p.conflict + ' conflict, ' + p.cooperation + ' cooperation') + '/>';
    });
    s += labels + '</svg><rect x="' + ox.toFixed(1) + '" y="0" width="' + w.toFixed(1) + '" height="' + h.toFixed(1) + '" fill="none" stroke="#a9b4c0"/></svg>';
    $('map-chart').innerHTML = s;
    charts++;
  }

  function escalation() {
    var es = data.escalation, o = es.options;
    $('escalation-note').textContent = 'Per dyad and ' + es.granularity + ', conflict intensity (Σ max(−Goldstein, 1) over conflict events) against the previous ' + o.window +
      ' ' + es.granularity + 's: flagged when z ≥ ' + o.z_threshold + ' and intensity ≥ ' + o.min_intensity + ' (σ floored at ' + o.sd_floor + '). Open a flag for the events behind it.';
    if (!es.flags.length) { $('escalation-list').innerHTML = '<p class="empty">No flags: no dyad rose unusually above its own recent baseline.</p>'; return; }
    $('escalation-list').innerHTML = es.flags.slice(0, 30).map(function (f) {
      var rows = f.events.map(function (e) {
        return '<tr><td>' + esc(e.date) + '</td><td>' + esc(e.source_name || e.source || 'unknown') + ' → ' + esc(e.target_name || e.target || '–') + '</td><td>' + esc((e.plover || '').toLowerCase()) + '<div class="sub">CAMEO ' + esc(e.cameo) + '</div></td><td class="num">' + fmt(e.goldstein, 1) +
          '</td><td>' + esc(e.outlet) + '</td><td>' + esc(e.doc_id) + '</td><td class="sent">' + esc(e.sentence) + '</td></tr>';
      }).join('');
      return '<details class="flag"><summary><b>' + esc(f.label_a) + ' – ' + esc(f.label_b) + '</b>, ' + esc(monthName(f.period)) + ': intensity ' + fmt(f.intensity) + ' vs baseline ' + fmt(f.baseline_mean, 1) +
        ' ± ' + fmt(f.baseline_sd, 1) + ' · <span class="z">z = ' + fmt(f.z, 1) + '</span> · ' + plural(f.event_count, 'conflict event') + '</summary>' +
        '<table><thead><tr><th>Date</th><th>Dyad</th><th>Event</th><th>Goldstein</th><th>Outlet</th><th>Document</th><th>Sentence</th></tr></thead><tbody>' + rows + '</tbody></table>' +
        (f.event_count > f.events.length ? '<p class="note">Showing the ' + f.events.length + ' heaviest of ' + f.event_count + '.</p>' : '') + '</details>';
    }).join('') + (es.flags.length > 30 ? '<p class="note">The 30 strongest of ' + es.flags.length + ' flags are shown; all are in the JSON output.</p>' : '');
  }

  function tallies() {
    // corroborated counts first: most reports, then the largest figure
    var t = data.tallies.slice().sort(function (a, b) {
      return b.reports - a.reports || (b.high === null ? b.low : b.high) - (a.high === null ? a.low : a.high);
    });
    if (!t.length) { $('tallies-table').innerHTML = '<p class="empty">No counts (killed, injured, attacks…) were reported in this period.</p>'; return; }
    $('tallies-table').innerHTML = '<table><thead><tr><th>Date</th><th>Event</th><th>Count</th><th>Range</th><th>Reports</th><th>Outlets</th></tr></thead><tbody>' +
      t.map(function (r) {
        var disputed = r.low === null || r.high === null || r.low !== r.high;
        var range = r.high === null ? 'at least ' + big(r.low) : r.low === r.high ? big(r.low) : big(r.low) + '–' + big(r.high);
        return '<tr><td>' + esc(r.date) + '</td><td>' + esc(r.what) + '</td><td>' + esc(r.kind) + '</td><td class="num' + (disputed ? ' disputed' : '') + '">' + range + '</td><td class="num">' + r.reports +
          '</td><td>' + r.outlets.map(function (o) { return '<span class="pill">' + esc(o) + '</span>'; }).join('') + '</td></tr>';
      }).join('') + '</tbody></table>';
  }

  function profiles() {
    var ps = data.source_profiles;
    if (!ps.length) { $('profiles-table').innerHTML = '<p class="empty">No outlets.</p>'; return; }
    function actors(list) { return list.map(function (a) { return '<span class="pill">' + esc(a.label) + ' ' + a.count + '</span>'; }).join(''); }
    function shares(p) {
      var parts = [['asserted', p.asserted_share, '#1f4e79'], ['claimed', p.claimed_share, '#5c8dc4'], ['hypothetical', p.hypothetical_share, '#f0a030'], ['planned', p.planned_share, '#9ccc65'], ['negated', p.negated_share, '#bdbdbd']];
      return parts.map(function (x) { return '<span class="bar" style="width:' + Math.round(x[1] * 140) + 'px;background:' + x[2] + '"' + tipAttr(x[0] + ' ' + pct(x[1])) + '></span>'; }).join('') +
        '<div class="sub">claimed ' + pct(p.claimed_share) + ' · hypothetical ' + pct(p.hypothetical_share) + '</div>';
    }
    $('profiles-table').innerHTML = '<table><thead><tr><th>Outlet</th><th>Reports</th><th>Conflict</th><th>Reported as aggressors</th><th>Reported as targets</th><th>Modality</th></tr></thead><tbody>' +
      ps.map(function (p) {
        return '<tr><td>' + esc(p.outlet) + '</td><td class="num">' + fmt(p.reports) + '</td><td class="num">' + fmt(p.conflict_reports) + '</td><td>' + actors(p.aggressors) + '</td><td>' + actors(p.targets) + '</td><td class="modality">' + shares(p) + '</td></tr>';
      }).join('') + '</tbody></table>';
  }

  function events() {
    var t = data.event_table, rows = t.rows, page = 0, size = 50, shown = rows;
    $('events-note').textContent = 'Every row shows the sentence, the outlet and the document it came from; ' + t.rule + '.';
    var hay = rows.map(function (r) { return [r.date, r.source, r.target, r.cameo, r.plover, r.modality, r.place, r.outlet, r.doc_id, r.sentence].join(' ').toLowerCase(); });
    function draw() {
      var pages = Math.max(1, Math.ceil(shown.length / size));
      page = Math.min(page, pages - 1);
      var slice = shown.slice(page * size, page * size + size);
      $('event-table').innerHTML = '<table class="events"><thead><tr><th>Date</th><th>Who → whom</th><th>Event</th><th>Goldstein</th><th>Modality</th><th>Place</th><th>Outlet · document</th><th>Sentence</th></tr></thead><tbody>' +
        slice.map(function (r) {
          return '<tr><td class="date">' + esc(r.date) + '</td><td>' + esc(r.source || 'unknown') + ' <span class="arrow">→</span> ' + esc(r.target || '–') + '</td><td>' + esc((r.plover || '').toLowerCase()) + '<div class="sub">CAMEO ' + esc(r.cameo) + '</div></td><td class="num">' + fmt(r.goldstein, 1) +
            '</td><td>' + esc(r.modality) + '</td><td>' + esc(r.place) + '</td><td class="src">' + esc(r.outlet) + '<div class="sub doc">' + esc(r.doc_id) + '</div></td><td class="sent">' + esc(r.sentence) + '</td></tr>';
        }).join('') + '</tbody></table>' + (slice.length ? '' : '<p class="empty">No event matches the filter.</p>');
      $('page-info').textContent = 'page ' + (page + 1) + ' of ' + pages;
      $('page-prev').disabled = page === 0;
      $('page-next').disabled = page >= pages - 1;
      $('event-count').textContent = fmt(shown.length) + ' of ' + fmt(rows.length) + ' rows';
    }
    $('event-search').addEventListener('input', function () {
      var words = this.value.toLowerCase().split(/\s+/).filter(Boolean);
      shown = rows.filter(function (r, i) { return words.every(function (w) { return hay[i].indexOf(w) >= 0; }); });
      page = 0;
      draw();
    });
    $('page-prev').addEventListener('click', function () { page--; draw(); });
    $('page-next').addEventListener('click', function () { page++; draw(); });
    draw();
  }

  part('header', header);
  part('influence', influence);
  part('dyads', dyads);
  part('network', network);
  part('map', map);
  part('escalation', escalation);
  part('tallies', tallies);
  part('profiles', profiles);
  part('events', events);
  status.setAttribute('data-charts', String(charts));
  // how wide the page lays out (the browser test checks nothing overflows a 1366-px laptop screen)
  status.setAttribute('data-page-width', String(document.documentElement.scrollWidth));
  if (!errors.length) { status.setAttribute('data-status', 'ok'); }
})();
