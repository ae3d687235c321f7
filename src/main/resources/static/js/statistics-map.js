// The one map (一张图): district outlines as the base (no tile server), coloured by an indicator;
// institution markers; 15-minute reach circles; street gaps; and the table of the streets furthest
// from target. Data comes from /api/v1/statistics/map/*; texts from #map-texts. The element
// #statistics-map carries data-layer (the active layer) and data-ready="true" once it is drawn.
(function () {
  var element = document.getElementById('statistics-map');
  if (!element || !window.L) {
    return;
  }
  var data = element.dataset;
  var texts = {};
  document.querySelectorAll('#map-texts [data-key]').forEach(function (node) {
    texts[node.dataset.key] = node.textContent;
  });
  var CLASS_COLOURS = ['#bdbdbd', '#d7301f', '#fc8d59', '#a6d96a', '#1a9641'];
  var OUTSIDE = '#eceff1';
  var NEUTRAL = '#dfeeee';
  var CATEGORY_COLOURS = { STANDALONE: '#1f78b4', KINDERGARTEN_CLASS: '#6a3d9a', EMPLOYER: '#ff7f00',
    COMMUNITY_SITE: '#33a02c', FAMILY_POINT: '#e7298a' };
  var GAP_COLOURS = { large: '#b2182b', medium: '#ef8a62', small: '#fddb6d', none: '#1a9641', unknown: '#9e9e9e' };
  var map = L.map(element, { zoomSnap: 0.25, attributionControl: false, renderer: L.svg({ padding: 1 }) });
  map.setView([31.55, 120.3], 9);
  var legend = document.getElementById('map-legend');
  var layerButtons = document.querySelectorAll('#map-layers [data-layer]');
  var state = { layer: 'choropleth', indicator: data.indicator, outline: null, choropleth: null, sites: null, gaps: null };
  var groups = { choropleth: L.layerGroup(), institutions: L.layerGroup(), reach: L.layerGroup(), gaps: L.layerGroup() };
  var outlineLayer = null;

  function t(key, values) {
    var value = texts[key] || key;
    (values || []).forEach(function (v, i) {
      value = value.replace('{' + i + '}', v);
    });
    return value;
  }

  function node(tag, value, className) {
    var result = document.createElement(tag);
    if (value != null) {
      result.textContent = value;
    }
    if (className) {
      result.className = className;
    }
    return result;
  }

  function number(value) {
    return value == null ? '—' : Number(value).toLocaleString();
  }

  function withUnit(value, unit) {
    if (value == null) {
      return t('noValue');
    }
    return Number(value).toLocaleString() + (unit === 'PERCENT' ? '%' : '‰');
  }

  function api(url, params) {
    var query = Object.keys(params).filter(function (key) { return params[key] != null && params[key] !== ''; })
      .map(function (key) { return encodeURIComponent(key) + '=' + encodeURIComponent(params[key]); }).join('&');
    return fetch(url + '?' + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      });
  }

  function drillUrl(code) {
    return data.page + '?division=' + encodeURIComponent(code) + '&indicator=' + encodeURIComponent(state.indicator)
      + '&year=' + encodeURIComponent(data.year);
  }

  function swatch(colour, ring) {
    var mark = node('span', null, 'map-swatch' + (ring ? ' map-swatch-ring' : ''));
    if (ring) {
      mark.style.borderColor = colour;
    } else {
      mark.style.backgroundColor = colour;
    }
    return mark;
  }

  function legendRow(colour, label, ring) {
    var row = node('div', null, 'map-legend-row');
    row.append(swatch(colour, ring), node('span', label));
    return row;
  }

  // Choropleth: the outline features coloured by their area's class.
  function areaOf(code) {
    var choropleth = state.choropleth;
    if (!choropleth) {
      return null;
    }
    if (choropleth.division.code === code) {
      return choropleth.division;
    }
    return choropleth.areas.filter(function (area) { return area.code === code; })[0] || null;
  }

  function inScope(code) {
    return code.indexOf(data.scope) === 0 || data.scope.indexOf(code) === 0;
  }

  function featureStyle(feature) {
    var code = String(feature.properties.code || '');
    var area = areaOf(code);
    var coloured = state.layer === 'choropleth' && area;
    if (!inScope(code)) {
      return { color: '#90a4ae', weight: 1, fillColor: OUTSIDE, fillOpacity: 0.6 };
    }
    return { color: '#2f4f4f', weight: code === data.division ? 2.5 : 1.5,
      fillColor: coloured ? CLASS_COLOURS[area['class']] : NEUTRAL, fillOpacity: coloured ? 0.7 : 0.45 };
  }

  function drillable(code) {
    return state.choropleth && state.choropleth.areas.some(function (area) { return area.code === code; });
  }

  function drawOutline() {
    if (outlineLayer) {
      outlineLayer.setStyle(featureStyle);
      return;
    }
    outlineLayer = L.geoJSON(state.outline, {
      style: featureStyle,
      onEachFeature: function (feature, shape) {
        var code = String(feature.properties.code || '');
        var label = node('span', feature.properties.name);
        shape.bindTooltip(label, { permanent: true, direction: 'center', className: 'map-label' });
        shape.on('click', function () {
          if (drillable(code)) {
            window.location.href = drillUrl(code);
          }
        });
        shape.on('add', function () {
          var path = shape.getElement && shape.getElement();
          if (path) {
            path.setAttribute('data-code', code);
            path.classList.toggle('map-outside', !inScope(code));
            path.classList.toggle('map-drillable', drillable(code));
          }
        });
      }
    }).addTo(map);
    fit();
  }

  function fit() {
    var bounds = null;
    outlineLayer.eachLayer(function (shape) {
      var code = String(shape.feature.properties.code || '');
      if (data.division.length > 4 && code === data.division.substring(0, 6)) {
        bounds = shape.getBounds();
      }
    });
    if (data.division.length > 6 && state.sites && state.sites.sites.length) {
      bounds = L.latLngBounds(state.sites.sites.map(function (s) { return [s.lat, s.lng]; })).pad(0.3);
    }
    bounds = bounds || outlineLayer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [10, 10] });
    }
  }

  function areaTooltip(area) {
    var box = node('div');
    box.append(node('strong', area.name), node('div', withUnit(area.value, state.choropleth.unit)));
    return box;
  }

  function buildChoropleth() {
    groups.choropleth.clearLayers();
    state.choropleth.areas.forEach(function (area) {
      if (!area.centre || area.level !== 'STREET') {
        return;
      }
      var marker = L.circleMarker([area.centre.lat, area.centre.lng], { radius: 9, color: '#2f4f4f', weight: 1,
        fillColor: CLASS_COLOURS[area['class']], fillOpacity: 0.9 }).bindTooltip(areaTooltip(area));
      marker.on('click', function () { window.location.href = drillUrl(area.code); });
      groups.choropleth.addLayer(marker);
    });
    outlineLayer.eachLayer(function (shape) {
      var area = areaOf(String(shape.feature.properties.code || ''));
      if (area) {
        shape.bindPopup(areaTooltip(area));
      }
    });
  }

  function choroplethLegend() {
    var c = state.choropleth;
    var box = node('div');
    box.append(node('p', c.division.name + '：' + withUnit(c.division.value, c.unit), 'fw-semibold mb-1'));
    c.classes.slice().reverse().forEach(function (band) {
      var label = band.to == null ? '≥ ' + withUnit(band.from, c.unit) + '（' + t('reached') + '）'
        : withUnit(band.from, c.unit) + ' – ' + withUnit(band.to, c.unit);
      box.append(legendRow(CLASS_COLOURS[band['class']], label));
    });
    box.append(legendRow(CLASS_COLOURS[0], t('noValue')), legendRow(OUTSIDE, t('outside')));
    box.append(node('p', t('reference', [withUnit(c.reference, c.unit)]), 'text-muted mt-1 mb-0'));
    return box;
  }

  // Institutions and reach.
  function sitePopup(site) {
    var box = node('div');
    var link = node('a', t('openInstitution'));
    link.href = data.institutionUrl + site.institutionId;
    box.append(node('strong', site.name), node('div', site.siteName, 'text-muted'),
      node('div', t('category.' + site.category) + ' · ' + (site.inclusive ? t('inclusive') : t('notInclusive'))),
      node('div', t('places') + ' ' + number(site.places) + ' · ' + t('enrolled') + ' ' + number(site.enrolled)), link);
    return box;
  }

  function buildSites() {
    groups.institutions.clearLayers();
    groups.reach.clearLayers();
    state.sites.sites.forEach(function (site) {
      var colour = CATEGORY_COLOURS[site.category] || '#455a64';
      groups.institutions.addLayer(L.circleMarker([site.lat, site.lng], { radius: 7, color: colour, weight: site.inclusive ? 1 : 3,
        fillColor: colour, fillOpacity: site.inclusive ? 0.85 : 0 }).bindPopup(sitePopup(site)));
      groups.reach.addLayer(L.circle([site.lat, site.lng], { radius: state.sites.reachMetres, color: '#0f6e6e', weight: 1,
        fillColor: '#0f6e6e', fillOpacity: 0.12 }).bindTooltip(node('span', site.name)));
      groups.reach.addLayer(L.circleMarker([site.lat, site.lng], { radius: 3, color: '#0f6e6e', fillOpacity: 1 }));
    });
    document.getElementById('map-empty').classList.toggle('d-none', state.sites.sites.length > 0);
  }

  function institutionsLegend() {
    var box = node('div');
    Object.keys(CATEGORY_COLOURS).forEach(function (category) {
      box.append(legendRow(CATEGORY_COLOURS[category], t('category.' + category)));
    });
    box.append(legendRow('#455a64', t('inclusive')), legendRow('#455a64', t('notInclusive'), true));
    return box;
  }

  // Gaps.
  function gapKind(street) {
    if (street.gap == null) {
      return 'unknown';
    }
    if (street.gap === 0) {
      return 'none';
    }
    var share = street.targetPlaces ? street.gap / street.targetPlaces : 1;
    return share >= 0.5 ? 'large' : share >= 0.25 ? 'medium' : 'small';
  }

  function buildGaps() {
    groups.gaps.clearLayers();
    var largest = state.gaps.streets.reduce(function (max, s) { return Math.max(max, s.gap || 0); }, 0);
    state.gaps.streets.forEach(function (street) {
      if (!street.centre) {
        return;
      }
      var radius = 6 + (largest > 0 ? 16 * Math.sqrt((street.gap || 0) / largest) : 0);
      var box = node('div');
      box.append(node('strong', street.name), node('div', t('gap') + ' ' + number(street.gap)),
        node('div', t('places') + ' ' + number(street.places) + ' / ' + t('targetPlaces') + ' ' + number(street.targetPlaces)));
      var marker = L.circleMarker([street.centre.lat, street.centre.lng], { radius: radius, color: '#37474f', weight: 1,
        fillColor: GAP_COLOURS[gapKind(street)], fillOpacity: 0.85 }).bindTooltip(box);
      marker.on('click', function () { window.location.href = drillUrl(street.code); });
      groups.gaps.addLayer(marker);
    });
  }

  function gapsLegend() {
    var box = node('div');
    ['large', 'medium', 'small', 'none', 'unknown'].forEach(function (kind) {
      box.append(legendRow(GAP_COLOURS[kind], t('gap' + kind.charAt(0).toUpperCase() + kind.slice(1))));
    });
    box.append(node('p', t('gapSize'), 'text-muted mt-1 mb-0'));
    return box;
  }

  function fillTable() {
    var body = document.querySelector('#gap-table tbody');
    var rows = state.gaps.streets.slice(0, Number(data.gapRows));
    var share = state.gaps.childShare;
    document.getElementById('map-share').textContent = share
      ? t('share', [share.year, number(share.children), number(share.residents)]) : '';
    if (!rows.length) {
      var empty = node('tr');
      var cell = node('td', t('noStreets'), 'text-muted');
      cell.colSpan = 7;
      empty.append(cell);
      body.replaceChildren(empty);
      return;
    }
    body.replaceChildren.apply(body, rows.map(function (street) {
      var row = node('tr');
      row.dataset.code = street.code;
      var name = node('td');
      var link = node('a', street.name);
      link.href = drillUrl(street.code);
      name.append(link);
      if (!street.centre) {
        name.append(node('span', ' ' + t('noSites'), 'small text-muted'));
      }
      var nearest = node('td', null, 'small');
      if (!street.nearest.length) {
        nearest.textContent = t('noNearby');
      } else if (!street.centre) {
        nearest.append(node('div', t('fromDistrict'), 'text-muted'));
      }
      street.nearest.forEach(function (n) {
        var line = node('div');
        var open = node('a', n.name);
        open.href = data.institutionUrl + n.institutionId;
        line.append(open, node('span', ' · ' + t('metres', [number(n.metres)]) + ' · '
          + t('freePlaces', [number(Math.max(0, n.places - n.enrolled))])
          + (n.inclusive ? ' · ' + t('inclusiveShort') : ''), 'text-muted'));
        nearest.append(line);
      });
      row.append(name, node('td', number(street.residents), 'num'), node('td', number(street.demand), 'num'),
        node('td', number(street.places), 'num'), node('td', number(street.targetPlaces), 'num'),
        node('td', number(street.gap), 'num fw-semibold'), nearest);
      return row;
    }));
  }

  var LEGENDS = { choropleth: choroplethLegend, institutions: institutionsLegend, reach: function () {
    var box = institutionsLegend();
    box.prepend(node('p', t('reachLegend'), 'mb-1'));
    return box;
  }, gaps: gapsLegend };

  function show(layer) {
    element.dataset.ready = 'false';
    state.layer = layer;
    Object.keys(groups).forEach(function (name) {
      var visible = name === layer || (layer === 'reach' && name === 'institutions');
      if (visible) {
        groups[name].addTo(map);
      } else {
        groups[name].remove();
      }
    });
    layerButtons.forEach(function (button) {
      var active = button.dataset.layer === layer;
      button.classList.toggle('active', active);
      button.setAttribute('aria-pressed', String(active));
    });
    drawOutline();
    legend.replaceChildren(LEGENDS[layer]());
    element.dataset.layer = layer;
    element.dataset.ready = 'true';
  }

  function failed() {
    legend.replaceChildren(node('p', t('unavailable'), 'text-danger mb-0'));
    element.dataset.ready = 'error';
  }

  function loadChoropleth() {
    return api(data.choroplethApi, { division: data.division, indicator: state.indicator, year: data.year })
      .then(function (choropleth) {
        state.choropleth = choropleth;
      });
  }

  layerButtons.forEach(function (button) {
    button.addEventListener('click', function () {
      if (state.choropleth) {
        show(button.dataset.layer);
      }
    });
  });

  var indicatorSelect = document.getElementById('map-indicator');
  if (indicatorSelect) {
    indicatorSelect.addEventListener('change', function () {
      state.indicator = indicatorSelect.value;
      element.dataset.ready = 'false';
      loadChoropleth().then(function () {
        buildChoropleth();
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, '', drillUrl(data.division));
        }
        show('choropleth');
      }).catch(failed);
    });
  }

  Promise.all([
    fetch(data.outline, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    }).then(function (outline) { state.outline = outline; }),
    loadChoropleth(),
    api(data.institutionsApi, { division: data.division }).then(function (sites) { state.sites = sites; }),
    api(data.gapsApi, { division: data.division, year: data.year, limit: data.gapLimit }).then(function (gaps) { state.gaps = gaps; })
  ]).then(function () {
    drawOutline();
    buildChoropleth();
    buildSites();
    buildGaps();
    fillTable();
    fit();
    show(state.layer);
  }).catch(failed);
})();
