tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
!tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
<tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
!tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
?tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
?tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
3tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
?tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
[tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
]tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
3tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
3tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
3tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
%tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
%tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
%tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
<tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
[tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
9tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
]tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
[tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
]tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
[tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
]tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
[tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
9tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ztree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ztree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
]tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
*tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
4tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
3tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ztree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
4tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
3tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
7tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
[tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
9tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
]tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
6tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
[tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ztree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
]tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
<tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
4tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
3tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
{tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
}tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ytree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
`tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
<tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
vtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
4tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
jtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
?tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
4tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
4tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
qtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
%tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
%tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
%tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
\tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
4tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
5tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
=tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
(tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
+tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
)tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
2tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
;tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
<tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ktree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
&tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
<tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
>tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Btree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
utree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
:tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
xtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
,tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ltree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ptree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
mtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ctree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
wtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
rtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
	tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
^tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
#tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
'tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
$tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
Ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
/tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
.tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
"tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
|tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
htree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
atree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
 tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
-tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
1tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
0tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ftree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
dtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
otree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
_tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
etree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
stree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ttree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
itree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
ntree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
gtree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual

tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
