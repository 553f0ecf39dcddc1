// Against moto, by configuration alone: the stack found, the event seen within its SLA, the missed SLA failed its
// test with the figures, and verify printed the SLA table (missed first).
def log = new File(basedir, 'build.log').text
assert log =~ /Order o-1 confirmed, seen after \d+ ms/
assert log =~ /SLA 'order o-3 confirmed' missed: not met within 800ms \(waited \d+ms, \d+ looks\)/
assert log.contains('Tests run: 2, Failures: 1, Errors: 0, Skipped: 0')
assert log =~ /SLA checks: 2, 1 missed/
assert log =~ /MISSED\s+-\d+ms\s+\d+ms\s+800ms\s+order o-3 confirmed\s+OrderEventsIT#aConfirmationThatNeverComesFailsWithItsFigures/
assert log =~ /met\s+\+\d\.\d{3}s\s+\d+ms\s+5\.000s\s+order confirmed\s+OrderEventsIT#anOrderConfirmedEventIsSeenWithinItsSla/
true
