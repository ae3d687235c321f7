// District map: draws the city's district outlines from GeoJSON with Leaflet (no tile server),
// and on a click lists the district's streets/towns with population from the regions API.
(function () {
  var element = document.getElementById('region-map');
  if (!element || !window.L) {
    return;
  }
  var panel = document.getElementById('map-panel');
  var data = element.dataset;
  var palette = ['#8dd3c7', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5', '#d9d9d9', '#bc80bd'];
  var map = L.map(element, { zoomSnap: 0.25, attributionControl: false });
  var selected = null;

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) {
      node.className = className;
    }
    return node;
  }

  function number(value) {
    return value == null ? '—' : Number(value).toLocaleString();
  }

  function show(code) {
    panel.replaceChildren(text('p', data.loading, 'text-muted mb-0'));
    fetch(data.api + encodeURIComponent(code), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (detail) {
        var summary = detail.division;
        var heading = text('h2', summary.division.name, 'h5 mb-1');
        heading.id = 'map-selected';
        var meta = text('p', data.residents + ': ' + number(summary.residents)
            + (summary.populationYear ? ' (' + summary.populationYear + ')' : ''), 'text-muted small');
        var link = text('a', data.open, 'small');
        link.href = "/admin/regions/" + summary.division.code;
        var table = document.createElement('table');
        table.className = 'table table-sm mt-2 mb-0';
        table.id = 'map-streets';
        var head = document.createElement('thead');
        var headRow = document.createElement('tr');
        headRow.append(text('th', data.streets), text('th', data.residents, 'num'));
        head.append(headRow);
        var body = document.createElement('tbody');
        detail.children.forEach(function (child) {
          var row = document.createElement('tr');
          row.append(text('td', child.division.name), text('td', number(child.residents), 'num'));
          body.append(row);
        });
        table.append(head, body);
        panel.replaceChildren(heading, meta, link, table);
      })
      .catch(function () {
        panel.replaceChildren(text('p', data.outside, 'text-muted mb-0'));
      });
  }

  fetch(data.outline, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (geojson) {
      var index = 0;
      var layer = L.geoJSON(geojson, {
        style: function () {
          var color = palette[index++ % palette.length];
          return { color: '#2f4f4f', weight: 1.5, fillColor: color, fillOpacity: 0.55 };
        },
        onEachFeature: function (feature, shape) {
          var code = String(feature.properties.code || '');
          shape.bindTooltip(text('span', feature.properties.name), { permanent: true, direction: 'center', className: 'map-label' });
          shape.on('click', function () {
            if (selected) {
              selected.setStyle({ weight: 1.5, color: '#2f4f4f' });
            }
            selected = shape;
            shape.setStyle({ weight: 3, color: '#0f6e6e' });
            show(code);
          });
          if (shape.getElement) {
            shape.on('add', function () {
              var path = shape.getElement();
              if (path) {
                path.setAttribute('data-code', code);
              }
            });
          }
        }
      }).addTo(map);
      if (layer.getBounds().isValid()) {
        map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      }
    })
    .catch(function () {
      panel.replaceChildren(text('p', data.unavailable, 'text-danger mb-0'));
    });
})();
