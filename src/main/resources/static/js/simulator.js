// The chat simulator at /: plays a person of the campaign on the local channel.
// Served as a file (the Content-Security-Policy allows no inline script); no build step.
(function () {
  'use strict';

  var root = document.getElementById('simulator');
  var persona = document.getElementById('persona');
  var messages = document.getElementById('messages');
  var committeeBox = document.getElementById('committee-messages');
  var committee = root.getAttribute('data-committee');
  var form = document.getElementById('send');
  var input = document.getElementById('text');
  var error = document.getElementById('error');

  function me() {
    var option = persona.options[persona.selectedIndex];
    return { userId: option.value, userName: option.getAttribute('data-name') };
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  function post(body) {
    var person = me();
    body.chatId = person.userId;
    body.userId = person.userId;
    body.userName = person.userName;
    return fetch('/api/local/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (json) {
          showError(json.error || ('HTTP ' + response.status));
        }, function () {
          showError('HTTP ' + response.status);
        });
      }
      showError('');
    }, function () {
      showError('Không kết nối được với bot.');
    }).then(refresh);
  }

  // Text with its web addresses as links; everything else stays text (never HTML).
  function textWithLinks(parent, text) {
    var parts = text.split(/(https?:\/\/[^\s]+)/);
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
        var a = document.createElement('a');
        a.href = part;
        a.textContent = part;
        a.className = 'link';
        parent.appendChild(a);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function entryItem(entry, labels, interactive) {
    var li = document.createElement('li');
    li.className = entry.direction === 'out' ? 'out' : 'in';
    li.setAttribute('data-direction', entry.direction);
    var body = document.createElement('div');
    body.className = 'text';
    if (entry.direction === 'in') {
      if (entry.button) {
        body.textContent = '▶ ' + (labels[entry.button] || entry.button);
      } else {
        body.textContent = entry.text || (entry.photo ? '[ảnh]' : '');
      }
    } else {
      textWithLinks(body, entry.text || '');
    }
    li.appendChild(body);
    if (entry.file) {
      var file = document.createElement('a');
      file.href = entry.file.url;
      file.textContent = '📎 ' + entry.file.name;
      file.className = 'file';
      li.appendChild(file);
    }
    if (entry.options && entry.options.length) {
      var options = document.createElement('div');
      options.className = 'options';
      entry.options.forEach(function (option) {
        labels[option.payload] = option.label;
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'option';
        button.textContent = option.label;
        button.disabled = !interactive;
        button.setAttribute('data-payload', option.payload);
        options.appendChild(button);
      });
      li.appendChild(options);
    }
    return li;
  }

  function render(box, entries, interactive, key) {
    var signature = key + ':' + entries.length;
    if (box.getAttribute('data-signature') === signature) {
      return;
    }
    var labels = {};
    var items = entries.map(function (entry) { return entryItem(entry, labels, interactive); });
    box.replaceChildren.apply(box, items);
    box.setAttribute('data-signature', signature);
    box.scrollTop = box.scrollHeight;
  }

  function load(chatId, box, interactive) {
    return fetch('/api/local/chats/' + encodeURIComponent(chatId), { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (entries) {
        if (entries) {
          render(box, entries, interactive, chatId);
        }
      }, function () { /* the next refresh tries again */ });
  }

  function refresh() {
    var waits = [load(me().userId, messages, true)];
    if (committee && committeeBox) {
      waits.push(load(committee, committeeBox, false));
    }
    return Promise.all(waits);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) {
      return;
    }
    input.value = '';
    post({ text: text });
  });

  messages.addEventListener('click', function (event) {
    var target = event.target;
    if (target && target.classList && target.classList.contains('option')) {
      post({ button: target.getAttribute('data-payload') });
    }
  });

  persona.addEventListener('change', function () {
    showError('');
    refresh();
  });

  refresh();
  // what the scheduler sends (reminders, the summary) appears without a reload
  setInterval(refresh, 3000);
})();
