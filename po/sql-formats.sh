#!/bin/sh
# The sentences our SQL functions build with values (format('... %s ...', v))
# and the fixed ones they return as reasons (THEN/RETURN 'Sentence.'), with
# the field names they put into sentences (arg_date(a, 'on', 'date of this
# step'), check_past(d, 'payment date')).  The client knows every format
# (src/servermsg.c matches a received sentence against each) and the
# catalogue translates them, %s kept for the values.
#   sh po/sql-formats.sh            N_("...") lines for xgettext (po/sql-messages.sh)
#   sh po/sql-formats.sh --formats  C string literals of the formats only
# Run from the source tree's top directory or with $1/$2 = --formats SRCDIR.
mode=${1:-}
dir=${2:-.}
cat "$dir"/sql/functions/*.sql 2>/dev/null | perl -0777 -e '
    my $mode = shift;
    local $/; my $sql = <STDIN>; my (%fmt, %fixed);
    while ($sql =~ /format\(\s*\x27((?:[^\x27]|\x27\x27)*)\x27/g) {
        my $s = $1;
        next if $s =~ /^\s*(SELECT|CREATE|ALTER|REVOKE|GRANT|DELETE|INSERT|UPDATE|DROP|WITH|AND|OR|WHERE|FROM|JOIN|ORDER|LIMIT|UNION)\b/;
        next if $s =~ /^\s*\(/;    # SQL fragments, not sentences
        next if $s =~ /[^\x20-\x7e]/ || $s !~ / / || $s !~ /%[sIL]/;
        $s =~ s/\x27\x27/\x27/g; $fmt{$s} = 1;
    }
    while ($sql =~ /(?:THEN|RETURN|ELSE)\s+\x27([A-Z](?:[^\x27]|\x27\x27)*\.)\x27/g) {
        my $s = $1; $s =~ s/\x27\x27/\x27/g; $fixed{$s} = 1 unless $s =~ /%/;
    }
    while ($sql =~ /arg_[a-z]+\([^,()]+,\s*\x27[^\x27]*\x27,\s*\x27([a-z][a-z ]+)\x27/g) { $fixed{$1} = 1; }
    while ($sql =~ /check_past\([^,()]+,\s*\x27([a-z][a-z ]+)\x27/g) { $fixed{$1} = 1; }
    sub c { my $s = shift; $s =~ s/\\/\\\\/g; $s =~ s/"/\\"/g; return "\"$s\""; }
    if ($mode eq "--formats") { print c($_), ",\n" for sort keys %fmt; exit 0; }
    print "N_(", c($_), ")\n" for sort(keys %fmt), sort(keys %fixed);
' -- "$mode"
