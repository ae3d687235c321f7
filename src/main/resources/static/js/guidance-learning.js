// Online classes: the watched share of a course video, posted while a guardian watches, and the
// upload of a course video by its author (the raw file, so the size limit is the course's own).
(function () {
  function csrfHeaders(headers) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // Watching: counts the seconds actually played (seeking ahead adds nothing) and posts the
  // largest share every 15 seconds, on pause, at the end and when the page is left.
  var video = document.getElementById('lesson-video');
  if (video && video.dataset.progressUrl) {
    var played = {};
    var reported = parseFloat(video.dataset.watched || '0') || 0;
    var bar = document.getElementById('watched-progress');
    var text = document.getElementById('watched-text');
    var share = function () {
      if (!video.duration || !isFinite(video.duration)) {
        return 0;
      }
      var seconds = Object.keys(played).length;
      return Math.min(1, seconds / Math.floor(video.duration));
    };
    var report = function (useBeacon) {
      var now = Math.max(share(), 0);
      if (now <= reported + 0.001) {
        return;
      }
      reported = now;
      var body = JSON.stringify({ watched: Math.floor(now * 1000) / 1000 });
      if (bar) {
        bar.value = Math.floor(now * 100);
      }
      if (text) {
        text.textContent = text.textContent.replace(/\d+(?=\s*%)/, String(Math.floor(now * 100)));
      }
      fetch(video.dataset.progressUrl, {
        method: 'POST', credentials: 'same-origin', keepalive: !!useBeacon,
        headers: csrfHeaders({ 'Content-Type': 'application/json', 'Accept': 'application/json' }), body: body
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (outcome) {
        if (outcome && outcome.progress && outcome.progress.completedOn && !document.getElementById('course-completed')) {
          window.location.reload();
        }
      }).catch(function () { /* the next report carries the share again */ });
    };
    video.addEventListener('timeupdate', function () {
      if (!video.seeking) {
        played[Math.floor(video.currentTime)] = true;
      }
    });
    video.addEventListener('pause', function () { report(false); });
    video.addEventListener('ended', function () { report(false); });
    window.setInterval(function () { if (!video.paused) { report(false); } }, 15000);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') { report(true); }
    });
  }

  // Upload: refuses an oversized file before sending it, then PUTs the file as it is.
  var input = document.getElementById('video-file-input');
  var button = document.getElementById('upload-video');
  if (input && button) {
    var message = document.getElementById('upload-message');
    var progress = document.getElementById('upload-progress');
    button.addEventListener('click', function () {
      var file = input.files && input.files[0];
      if (!file) {
        input.focus();
        return;
      }
      if (file.size > Number(input.dataset.maxBytes)) {
        message.className = 'small mt-2 text-danger';
        message.textContent = input.dataset.tooLarge;
        return;
      }
      var request = new XMLHttpRequest();
      request.open('PUT', input.dataset.uploadUrl);
      var headers = csrfHeaders({ 'Content-Type': file.type || 'application/octet-stream', 'Accept': 'application/json',
        'X-File-Name': encodeURIComponent(file.name) });
      Object.keys(headers).forEach(function (name) { request.setRequestHeader(name, headers[name]); });
      progress.classList.remove('d-none');
      message.className = 'small mt-2';
      message.textContent = input.dataset.uploading;
      button.disabled = true;
      request.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          progress.value = Math.floor(event.loaded * 100 / event.total);
        }
      });
      request.addEventListener('load', function () {
        if (request.status >= 200 && request.status < 300) {
          window.location.reload();
          return;
        }
        var detail = input.dataset.failed;
        try {
          detail = JSON.parse(request.responseText).detail || detail;
        } catch (ignored) { /* not problem JSON */ }
        message.className = 'small mt-2 text-danger';
        message.textContent = detail;
        progress.classList.add('d-none');
        button.disabled = false;
      });
      request.addEventListener('error', function () {
        message.className = 'small mt-2 text-danger';
        message.textContent = input.dataset.failed;
        progress.classList.add('d-none');
        button.disabled = false;
      });
      request.send(file);
    });
  }
})();
