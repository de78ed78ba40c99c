// Runs first thing in <body>, before it renders, so NHS.UK frontend styles its JavaScript-only parts without a flash.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
