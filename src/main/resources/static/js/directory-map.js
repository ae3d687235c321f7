// Directory map: district outlines, the search circle and the results as markers; a click on the
// map searches around that point.
(function () {
  var element = document.getElementById('directory-map');
  if (!element || !window.L) {
    return;
  }
  var data = element.dataset;
  var map = L.map(element, { attributionControl: false, renderer: L.svg({ padding: 1 }) });
  var hasCentre = Boolean(data.lat && data.lng);
  // Leaflet needs a view before vector layers can be added; the outline refines it below.
  map.setView(hasCentre ? [Number(data.lat), Number(data.lng)] : [31.55, 120.1], hasCentre ? 15 : 9);
  fetch(data.outline, { credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (geojson) {
      if (!geojson) {
        return;
      }
      var outline = L.geoJSON(geojson, { style: { color: '#2f4f4f', weight: 1, fillColor: '#dfeeee', fillOpacity: 0.5 } })
        .addTo(map);
      if (!hasCentre && outline.getBounds().isValid()) {
        map.fitBounds(outline.getBounds());
      }
    });
  var markers = [];
  if (hasCentre) {
    var centre = [Number(data.lat), Number(data.lng)];
    var circle = L.circle(centre, { radius: Number(data.radius || 1000), color: '#0f6e6e', weight: 1, fillOpacity: 0.08 })
      .addTo(map);
    L.circleMarker(centre, { radius: 5, color: '#b02a37' }).addTo(map);
    map.fitBounds(circle.getBounds());
  }
  document.querySelectorAll('#directory-results a[data-lat]').forEach(function (item) {
    var label = document.createElement('span');
    label.textContent = item.dataset.name;
    var marker = L.circleMarker([Number(item.dataset.lat), Number(item.dataset.lng)],
      { radius: 7, color: '#0f6e6e', fillColor: '#0f6e6e', fillOpacity: 0.8 }).bindTooltip(label).addTo(map);
    marker.on('click', function () { window.location.href = item.href; });
    markers.push(marker);
  });
  // A new street offers its own communities: reload with it.
  var streetSelect = document.getElementById('street');
  if (streetSelect) {
    streetSelect.addEventListener('change', function () {
      var community = document.getElementById('community');
      if (community) {
        community.value = '';
      }
      document.getElementById('lat').value = '';
      document.getElementById('lng').value = '';
      document.getElementById('directory-form').submit();
    });
  }
  map.on('click', function (event) {
    var form = document.getElementById('directory-form');
    document.getElementById('lat').value = event.latlng.lat.toFixed(6);
    document.getElementById('lng').value = event.latlng.lng.toFixed(6);
    document.getElementById('street').value = '';
    var community = document.getElementById('community');
    if (community) {
      community.value = '';
    }
    form.submit();
  });
})();
