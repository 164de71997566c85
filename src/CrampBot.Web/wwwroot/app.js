// CrampBot's page: gets a Direct Line token from this site (the secret stays on the server), connects Web Chat
// to the built-in Direct Line endpoint, keeps the conversation across reloads (session storage), and follows
// the user's language choice. No inline script, so the Content-Security-Policy can forbid it.
(function () {
  'use strict';

  var DOMAIN = location.origin + '/v3/directline';
  var CONVERSATION_KEY = 'crampbot.conversation';
  var LOCALE_KEY = 'crampbot.locale';
  // DirectLineJS connection states.
  var ONLINE = 2, EXPIRED_TOKEN = 3, FAILED_TO_CONNECT = 4, ENDED = 5;

  var TEXT = {
    'en-US': {
      lang: 'en',
      title: 'CrampBot',
      tagline: 'Night-time leg cramps: answers, a quick check and stretches',
      language: 'Language',
      startOver: 'Start over',
      connecting: 'Connecting…',
      failed: 'Could not connect to CrampBot. Please try “Start over”.',
      disclaimer: 'CrampBot gives general information, not a diagnosis. In an emergency, call your local emergency number.'
    },
    'zh-Hans': {
      lang: 'zh-Hans',
      title: 'CrampBot 抽筋助手',
      tagline: '夜间腿抽筋：解答、快速自查和拉伸指导',
      language: '语言',
      startOver: '重新开始',
      connecting: '正在连接…',
      failed: '无法连接 CrampBot，请点击“重新开始”。',
      disclaimer: 'CrampBot 提供一般健康信息，不能代替医生诊断。紧急情况请拨打当地急救电话。'
    }
  };

  var params = new URLSearchParams(location.search);
  // ?transport=polling uses HTTP polling instead of the WebSocket stream (both are supported by the server).
  var useWebSocket = params.get('transport') !== 'polling';
  var locale = pickLocale();
  var directLine = null;
  var store = null; // one Web Chat store per Direct Line connection, kept across re-renders (language changes)
  // Whether the user has said anything in this conversation (typed, or clicked a quick reply; or it shows in the
  // history of a resumed one). Until then a language change starts the conversation again in the new language,
  // so the greeting and its buttons follow it; after that, the conversation is kept and the bot follows the
  // locale from the next message on.
  var userHasSpoken = false;
  var container = document.getElementById('webchat');
  var statusLine = document.getElementById('status');
  var languageSelect = document.getElementById('language');

  function pickLocale() {
    var asked = params.get('lang') || safeGet(localStorage, LOCALE_KEY) || navigator.language || 'en-US';
    return /^zh/i.test(asked) ? 'zh-Hans' : 'en-US';
  }

  function safeGet(storage, key) {
    try { return storage.getItem(key); } catch (e) { return null; }
  }

  function safeSet(storage, key, value) {
    try {
      if (value === null) { storage.removeItem(key); } else { storage.setItem(key, value); }
    } catch (e) { /* storage disabled: the page still works, without resume */ }
  }

  function applyPageLanguage() {
    var t = TEXT[locale];
    document.documentElement.lang = t.lang;
    document.title = t.title;
    document.querySelectorAll('[data-text]').forEach(function (el) {
      var key = el.getAttribute('data-text');
      if (t[key]) { el.textContent = t[key]; }
    });
    languageSelect.value = locale;
  }

  function showStatus(key, isError) {
    if (!key) { statusLine.hidden = true; return; }
    statusLine.setAttribute('data-text', key);
    statusLine.textContent = TEXT[locale][key];
    statusLine.classList.toggle('error', !!isError);
    statusLine.hidden = false;
  }

  function readSaved() {
    try { return JSON.parse(safeGet(sessionStorage, CONVERSATION_KEY) || 'null'); } catch (e) { return null; }
  }

  function save() {
    if (directLine && directLine.conversationId && directLine.token) {
      safeSet(sessionStorage, CONVERSATION_KEY, JSON.stringify({ conversationId: directLine.conversationId, token: directLine.token }));
    }
  }

  function postJson(url, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(url, { method: 'POST', headers: headers, body: '{}', credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; });
  }

  // A saved conversation resumes if its token can still be refreshed; otherwise a new one starts.
  function getCredentials() {
    var saved = readSaved();
    var resume = saved && saved.token && saved.conversationId
      ? postJson(DOMAIN + '/tokens/refresh', saved.token)
      : Promise.resolve(null);
    return resume.then(function (refreshed) {
      if (refreshed && refreshed.token && refreshed.conversationId === saved.conversationId) {
        return { token: refreshed.token, conversationId: saved.conversationId, resumed: true };
      }
      safeSet(sessionStorage, CONVERSATION_KEY, null);
      return postJson('/api/webchat/token').then(function (fresh) {
        if (!fresh || !fresh.token) { throw new Error('no token'); }
        return { token: fresh.token, resumed: false };
      });
    });
  }

  // The bot sends every card with its words in the activity's text too, so channels without cards can read it.
  // Web Chat renders cards, so that text would only show the same words twice: drop it when it repeats the card.
  function withoutRepeatedCardText(activity) {
    var cards = (activity.attachments || []).filter(function (a) {
      return a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content;
    });
    var repeated = activity.text && cards.some(function (a) { return a.content.fallbackText === activity.text; });
    if (!repeated) { return activity; }
    var copy = Object.assign({}, activity);
    delete copy.text;
    return copy;
  }

  function createStore() {
    return WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload && action.payload.activity &&
              action.payload.activity.type === 'message') {
            userHasSpoken = true;
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
            var from = action.payload.activity.from;
            if (action.payload.activity.type === 'message' && from && from.role === 'user') { userHasSpoken = true; }
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: withoutRepeatedCardText(action.payload.activity) }) });
          }
          return next(action);
        };
      };
    });
  }

  function render() {
    WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: locale,
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: 'CB',
        accent: '#0b6e6e',
        bubbleBorderRadius: 10,
        bubbleFromUserBorderRadius: 10,
        suggestedActionLayout: 'flow',
        sendTimeout: 30000
      }
    }, container);
  }

  function connect() {
    showStatus('connecting');
    return getCredentials().then(function (credentials) {
      var options = {
        domain: DOMAIN,
        token: credentials.token,
        webSocket: useWebSocket,
        conversationStartProperties: { locale: locale }
      };
      if (credentials.resumed) { options.conversationId = credentials.conversationId; }
      var current = directLine = WebChat.createDirectLine(options);
      var wasOnline = false;
      current.connectionStatus$.subscribe(function (status) {
        if (current !== directLine) { return; }
        if (status === ONLINE) {
          wasOnline = true;
          save();
          showStatus(null);
        } else if (status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT || status === ENDED) {
          if (credentials.resumed && !wasOnline) {
            // The saved conversation is gone (expired, or the server forgot it): start a new one.
            startOver();
          } else {
            showStatus('failed', true);
          }
        }
      });
      userHasSpoken = false;
      store = createStore();
      render();
    }).catch(function () {
      showStatus('failed', true);
    });
  }

  function startOver() {
    if (directLine) {
      try { directLine.end(); } catch (e) { /* already ended */ }
    }
    directLine = null;
    safeSet(sessionStorage, CONVERSATION_KEY, null);
    // A fresh element: the old Web Chat instance stays bound to the old one, and leaves with it.
    var fresh = document.createElement('div');
    fresh.id = 'webchat';
    fresh.className = 'webchat';
    fresh.setAttribute('role', 'main');
    container.replaceWith(fresh);
    container = fresh;
    return connect();
  }

  languageSelect.addEventListener('change', function () {
    locale = languageSelect.value === 'zh-Hans' ? 'zh-Hans' : 'en-US';
    safeSet(localStorage, LOCALE_KEY, locale);
    applyPageLanguage();
    if (!statusLine.hidden) { showStatus(statusLine.getAttribute('data-text'), statusLine.classList.contains('error')); }
    if (directLine && !userHasSpoken) {
      startOver(); // nothing said yet: greet again, in the chosen language
    } else if (directLine) {
      render(); // Web Chat relabels itself; the bot sees the new locale on the next message
    }
  });

  document.getElementById('start-over').addEventListener('click', function () { startOver(); });
  // Web Chat refreshes the token every 15 minutes; keep the newest one for the next reload.
  addEventListener('pagehide', save);
  setInterval(save, 60000);

  applyPageLanguage();
  if (!window.WebChat) {
    showStatus('failed', true);
  } else {
    connect();
  }
})();
