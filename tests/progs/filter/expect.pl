#!/usr/bin/perl
# The oracle of the filter tests: from the call log of tests/progs/filter
# programs ("THREAD PATH DURATION_NS" per call, PATH = '/'-joined open
# calls), print "NAME COUNT" (sorted) of the calls a filter must record,
# applying the rules of docs/filter.md independently of sftrace:
#   a call is recorded when no call on its path (itself included) is
#   excluded, it is selected or some call on its path is a subtree root,
#   fewer than MAX_DEPTH recorded calls are open above it, and it lasted
#   at least MIN_DURATION ns.
# Usage: expect.pl [--select RE] [--subtree] [--exclude RE] [--max-depth N]
#                  [--min-duration NS] LOG
use strict;
use warnings;
use Getopt::Long;

my ($select, $exclude, $subtree, $depth, $mindur) = (undef, undef, 0, 0, 0);
GetOptions('select=s' => \$select, 'exclude=s' => \$exclude, 'subtree' => \$subtree,
	   'max-depth=i' => \$depth, 'min-duration=i' => \$mindur) or die "bad options\n";
my %count;
while (<>) {
	chomp;
	my ($thread, $path, $dur) = split / /;
	my @f = split m{/}, $path;
	my ($excluded, $root, $recorded, $rec) = (0, 0, 0, 0);
	for my $name (@f) {
		my $sel = !defined $select || $name =~ /$select/;
		$excluded = 1 if defined $exclude && $name =~ /$exclude/;
		$root = 1 if $subtree && $sel && !$excluded;
		$rec = !$excluded && ($sel || $root) && (!$depth || $recorded < $depth);
		$recorded++ if $rec;
	}
	$count{$f[-1]}++ if $rec && $dur >= $mindur;
}
print "$_ $count{$_}\n" for sort keys %count;
