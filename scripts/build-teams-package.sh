#!/usr/bin/env bash
# Builds the Teams app package: appPackage/manifest.json with the bot's id and domain filled in, zipped with the
# two icons at the zip root (as Teams requires) into appPackage/build/crampbot-teams.zip.
#
#   MicrosoftAppId=<guid> BOT_DOMAIN=crampbot.example.com scripts/build-teams-package.sh
#   scripts/build-teams-package.sh --app-id <guid> --domain crampbot.example.com [--out file.zip]
#
# Options (each also from the environment):
#   --app-id       MicrosoftAppId      the Azure Bot's app id (a GUID); used as the Teams app id and the bot id
#   --domain       BOT_DOMAIN          public host name of the bot, no scheme (the messaging endpoint's host)
#   --privacy-url  TEAMS_PRIVACY_URL   https URL of the privacy statement (default https://<domain>/)
#   --terms-url    TEAMS_TERMS_URL     https URL of the terms of use (default https://<domain>/)
#   --version      TEAMS_APP_VERSION   the app's version, x.y.z (default: the version in manifest.json); raise it
#                                      for every package you upload again
#   --out          TEAMS_PACKAGE_OUT   where to write the zip (default appPackage/build/crampbot-teams.zip)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_id="${MicrosoftAppId:-${MICROSOFT_APP_ID:-}}"
domain="${BOT_DOMAIN:-}"
privacy_url="${TEAMS_PRIVACY_URL:-}"
terms_url="${TEAMS_TERMS_URL:-}"
version="${TEAMS_APP_VERSION:-}"
out="${TEAMS_PACKAGE_OUT:-$root/appPackage/build/crampbot-teams.zip}"

fail() { echo "build-teams-package: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) app_id="${2:-}"; shift 2 ;;
    --domain) domain="${2:-}"; shift 2 ;;
    --privacy-url) privacy_url="${2:-}"; shift 2 ;;
    --terms-url) terms_url="${2:-}"; shift 2 ;;
    --version) version="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

[[ -n "$app_id" ]] || fail "the bot's app id is missing: set MicrosoftAppId or pass --app-id <guid>."
[[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]] \
  || fail "MicrosoftAppId '$app_id' is not a GUID (like 00000000-0000-0000-0000-000000000000)."
[[ -n "$domain" ]] || fail "the bot's public domain is missing: set BOT_DOMAIN or pass --domain <host>."
[[ "$domain" != *://* ]] || fail "BOT_DOMAIN '$domain' must be a host name only, without the scheme (e.g. crampbot.example.com)."
[[ "$domain" =~ ^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:[0-9]{1,5})?$ ]] \
  || fail "BOT_DOMAIN '$domain' is not a host name."
privacy_url="${privacy_url:-https://$domain/}"
terms_url="${terms_url:-https://$domain/}"
for url in "$privacy_url" "$terms_url"; do
  [[ "$url" =~ ^https://[^[:space:]\"\\]+$ ]] || fail "'$url' is not an https URL."
done
if [[ -n "$version" ]]; then
  [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "version '$version' is not x.y.z."
fi

out="$(realpath -m "$out")"
template="$root/appPackage/manifest.json"
for f in "$template" "$root/appPackage/color.png" "$root/appPackage/outline.png"; do
  [[ -f "$f" ]] || fail "$f is missing."
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every value was checked above to hold no character that needs JSON or sed escaping ('|' included).
sed -e "s|{{MicrosoftAppId}}|$app_id|g" \
    -e "s|{{BotDomain}}|$domain|g" \
    -e "s|{{PrivacyUrl}}|$privacy_url|g" \
    -e "s|{{TermsOfUseUrl}}|$terms_url|g" \
    "$template" > "$work/manifest.json"
if [[ -n "$version" ]]; then
  sed -i -E "0,/\"version\": *\"[^\"]*\"/s//\"version\": \"$version\"/" "$work/manifest.json"
fi
if grep -q '{{' "$work/manifest.json"; then
  fail "manifest.json still has placeholders: $(grep -o '{{[^}]*}}' "$work/manifest.json" | sort -u | tr '\n' ' ')"
fi
cp "$root/appPackage/color.png" "$root/appPackage/outline.png" "$work/"

mkdir -p "$(dirname "$out")"
rm -f "$out"
# -j: every file at the zip root; -X: no extra file attributes, so the same inputs give the same zip.
(cd "$work" && zip -q -j -X "$out.partial" manifest.json color.png outline.png)
mv "$out.partial" "$out"
echo "Teams app package: $out (app id $app_id, domain $domain)"
