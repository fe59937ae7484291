/// The named character references people meet in job descriptions: markup characters, spaces, dashes and quotes,
/// currency and other symbols, and every Latin-1 letter (data; the decoder is ``HTMLEntityDecoder``).
enum HTMLEntities {
    /// Entity name (without `&` and `;`) to character.
    static let named: [String: Unicode.Scalar] = [
        // Markup and spaces
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "hairsp": "\u{200A}", "numsp": "\u{2007}", "puncsp": "\u{2008}", "MediumSpace": "\u{205F}",
        "NoBreak": "\u{2060}", "zwsp": "\u{200B}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}", "lrm": "\u{200E}",
        "rlm": "\u{200F}", "Tab": "\t", "NewLine": "\n",
        // Dashes, quotes, punctuation
        "ndash": "–", "mdash": "—", "hyphen": "‐", "dash": "‐", "minus": "−", "horbar": "―", "lsquo": "‘", "rsquo": "’",
        "rsquor": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "rdquor": "”", "bdquo": "„", "lsaquo": "‹", "rsaquo": "›",
        "laquo": "«", "raquo": "»", "hellip": "…", "mldr": "…", "bull": "•", "bullet": "•", "middot": "·", "centerdot": "·",
        "prime": "′", "Prime": "″", "dagger": "†", "Dagger": "‡", "permil": "‰", "sect": "§", "para": "¶", "iexcl": "¡",
        "iquest": "¿", "excl": "!", "num": "#", "dollar": "$", "percnt": "%", "lpar": "(", "rpar": ")", "ast": "*",
        "plus": "+", "comma": ",", "period": ".", "sol": "/", "colon": ":", "semi": ";", "equals": "=", "quest": "?",
        "commat": "@", "lsqb": "[", "rsqb": "]", "bsol": "\\", "lowbar": "_", "grave": "`", "lcub": "{", "rcub": "}",
        "verbar": "|", "vert": "|", "tilde": "˜", "circ": "ˆ", "oline": "‾", "frasl": "⁄",
        // Currency
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤", "inr": "₹",
        // Symbols and marks
        "copy": "©", "COPY": "©", "reg": "®", "REG": "®", "trade": "™", "TRADE": "™", "deg": "°", "plusmn": "±",
        "pm": "±", "times": "×", "divide": "÷", "div": "÷", "micro": "µ", "not": "¬", "macr": "¯", "acute": "´",
        "uml": "¨", "cedil": "¸", "brvbar": "¦", "ordf": "ª", "ordm": "º", "sup1": "¹", "sup2": "²", "sup3": "³",
        "frac12": "½", "half": "½", "frac14": "¼", "frac34": "¾", "frac13": "⅓", "frac23": "⅔", "le": "≤", "ge": "≥",
        "ne": "≠", "asymp": "≈", "approx": "≈", "infin": "∞", "sum": "∑", "radic": "√", "larr": "←", "rarr": "→",
        "uarr": "↑", "darr": "↓", "harr": "↔", "lArr": "⇐", "rArr": "⇒", "hArr": "⇔", "check": "✓", "checkmark": "✓",
        "cross": "✗", "star": "☆", "starf": "★", "bigstar": "★", "hearts": "♥", "spades": "♠", "clubs": "♣",
        "diams": "♦", "loz": "◊", "squ": "□", "square": "□", "squf": "▪", "blacksquare": "▪", "rect": "▭",
        "phone": "☎", "female": "♀", "male": "♂", "sharp": "♯", "flat": "♭", "natural": "♮",
        // Greek letters that show up in units and names
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "mu": "μ", "pi": "π", "sigma": "σ",
        "Sigma": "Σ", "Omega": "Ω", "omega": "ω", "lambda": "λ",
        // Latin-1 and Latin Extended-A letters
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "THORN": "Þ", "szlig": "ß",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç",
        "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
        "eth": "ð", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø",
        "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "Yuml": "Ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "fnof": "ƒ",
        "Ccaron": "Č", "ccaron": "č", "Rcaron": "Ř", "rcaron": "ř", "Ecaron": "Ě", "ecaron": "ě", "Lstrok": "Ł",
        "lstrok": "ł", "Nacute": "Ń", "nacute": "ń", "Sacute": "Ś", "sacute": "ś", "Zacute": "Ź", "zacute": "ź",
        "Zdot": "Ż", "zdot": "ż", "Aogon": "Ą", "aogon": "ą", "Eogon": "Ę", "eogon": "ę", "Cacute": "Ć", "cacute": "ć",
        "Gbreve": "Ğ", "gbreve": "ğ", "Idot": "İ", "inodot": "ı", "imath": "ı", "Scedil": "Ş", "scedil": "ş",
        "Odblac": "Ő", "odblac": "ő", "Udblac": "Ű", "udblac": "ű", "Uring": "Ů", "uring": "ů",
    ]

    /// The entities browsers also decode without a closing semicolon (`&amp`, `&nbsp`), which broken HTML relies on.
    static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT", "QUOT"]
}
