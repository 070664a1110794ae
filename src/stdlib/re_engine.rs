//! The `re` module's matcher: a pattern tree compiled to a small program run by a
//! backtracking machine with an explicit stack (no recursion per character), over
//! `char` slices so positions are Python str indices. A step budget bounds
//! catastrophic backtracking.

use super::re_ast::{
    Anchor, Class, Item, Member, Node, RepeatKind, Set, UNBOUNDED, fold, upper, width,
};

/// Steps one match attempt (all start positions of one search) may take: a base, plus
/// a share per character so that a linear scan of a long text stays within budget.
pub const STEP_LIMIT: u64 = 50_000_000;
pub const STEPS_PER_CHAR: u64 = 200;

/// "No position": an unset capture slot.
pub const NONE: usize = usize::MAX;

#[derive(Debug)]
enum Inst {
    Item(Item),
    /// A single-character item repeated `min..=max` times.
    Repeat1 {
        item: Item,
        min: u32,
        max: u32,
        greedy: bool,
    },
    Assert(Anchor),
    /// Try the first target, backtrack to the second.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    Backref(usize, bool),
    LoopInit(usize),
    LoopHead {
        reg: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    /// A lookaround whose body runs from the next instruction to its `SubMatch`.
    Look {
        behind: bool,
        negate: bool,
        width: usize,
        next: usize,
    },
    /// An atomic group: its body runs once, its backtracking points dropped.
    Atomic {
        next: usize,
    },
    /// Continue if `group` matched, else jump to `no`.
    Cond {
        group: usize,
        no: usize,
    },
    SubMatch,
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    insts: Vec<Inst>,
    pub groups: usize,
    regs: usize,
}

pub fn compile(node: &Node, groups: usize) -> Program {
    let mut p = Program {
        insts: Vec::new(),
        groups,
        regs: 0,
    };
    p.emit_node(node);
    p.insts.push(Inst::Match);
    p
}

impl Program {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }
    fn here(&self) -> usize {
        self.insts.len()
    }

    fn emit_node(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Item(it) => {
                self.emit(Inst::Item(it.clone()));
            }
            Node::Assert(a) => {
                self.emit(Inst::Assert(*a));
            }
            Node::Group(g, n) => {
                self.emit(Inst::Save(2 * g));
                self.emit_node(n);
                self.emit(Inst::Save(2 * g + 1));
            }
            Node::Backref(g, fold) => {
                self.emit(Inst::Backref(*g, *fold));
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let at = self.emit(Inst::Look {
                    behind: *behind,
                    negate: *negate,
                    width: width(node).unwrap_or(0),
                    next: 0,
                });
                self.emit_node(node);
                self.emit(Inst::SubMatch);
                let end = self.here();
                if let Inst::Look { next, .. } = &mut self.insts[at] {
                    *next = end;
                }
            }
            Node::Atomic(n) => self.emit_atomic(n),
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => {
                if *kind == RepeatKind::Possessive {
                    let inner = Node::Repeat {
                        node: node.clone(),
                        min: *min,
                        max: *max,
                        kind: RepeatKind::Greedy,
                    };
                    return self.emit_atomic(&inner);
                }
                self.emit_repeat(node, *min, *max, *kind == RepeatKind::Greedy);
            }
            Node::Concat(v) => v.iter().for_each(|n| self.emit_node(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, n) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.emit_node(n);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.here();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit_node(n);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Cond { group, yes, no } => {
                let at = self.emit(Inst::Cond {
                    group: *group,
                    no: 0,
                });
                self.emit_node(yes);
                let jmp = self.emit(Inst::Jmp(0));
                let no_at = self.here();
                self.emit_node(no);
                let end = self.here();
                self.insts[at] = Inst::Cond {
                    group: *group,
                    no: no_at,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
        }
    }

    fn emit_atomic(&mut self, n: &Node) {
        let at = self.emit(Inst::Atomic { next: 0 });
        self.emit_node(n);
        self.emit(Inst::SubMatch);
        let end = self.here();
        self.insts[at] = Inst::Atomic { next: end };
    }

    fn emit_repeat(&mut self, node: &Node, min: u32, max: u32, greedy: bool) {
        if let Node::Item(item) = node {
            self.emit(Inst::Repeat1 {
                item: item.clone(),
                min,
                max,
                greedy,
            });
            return;
        }
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0, 0));
            self.emit_node(node);
            let end = self.here();
            self.insts[split] = if greedy {
                Inst::Split(split + 1, end)
            } else {
                Inst::Split(end, split + 1)
            };
            return;
        }
        let reg = self.regs;
        self.regs += 1;
        self.emit(Inst::LoopInit(reg));
        let head = self.emit(Inst::Jmp(0));
        self.emit_node(node);
        self.emit(Inst::Jmp(head));
        let exit = self.here();
        self.insts[head] = Inst::LoopHead {
            reg,
            min,
            max,
            greedy,
            exit,
        };
    }
}

fn is_word(c: char, ascii: bool) -> bool {
    if ascii {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric() || c == '_'
    }
}

fn in_class(class: Class, c: char, ascii: bool) -> bool {
    match class {
        Class::Digit if ascii => c.is_ascii_digit(),
        Class::Digit => c.is_ascii_digit() || (!c.is_ascii() && is_decimal(c)),
        Class::Word => is_word(c, ascii),
        Class::Space if ascii => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
        Class::Space => c.is_whitespace() || ('\x1c'..='\x1f').contains(&c),
    }
}

/// A non-ASCII decimal digit, approximated by Rust's numeric property without the
/// Latin-1 superscripts and fractions (as `str.isdecimal` is in coropy).
fn is_decimal(c: char) -> bool {
    c.is_numeric() && !matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{bc}'..='\u{be}')
}

fn set_has(set: &Set, c: char) -> bool {
    set.members.iter().any(|m| match *m {
        Member::Range(lo, hi) => lo <= c && c <= hi,
        Member::Class(class, neg) => in_class(class, c, set.ascii) != neg,
    })
}

fn item_matches(item: &Item, c: char) -> bool {
    match item {
        Item::Char(x) => *x == c,
        Item::Fold(x, ascii) => fold(c, *ascii) == *x,
        Item::Any => true,
        Item::AnyNoNl => c != '\n',
        Item::Set(set) => {
            let hit = set_has(set, c)
                || (set.fold
                    && (set_has(set, fold(c, set.ascii)) || set_has(set, upper(c, set.ascii))));
            hit != set.negate
        }
    }
}

/// One backtracking entry.
enum Frame {
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        idx: usize,
        old: usize,
    },
    Reg {
        idx: usize,
        old: (u32, usize),
    },
    /// A greedy single-character repeat that may give back characters down to `min_pos`.
    Greedy {
        next: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character repeat that may take one more (`inst` is the Repeat1).
    Lazy {
        inst: usize,
        pos: usize,
        count: u32,
    },
    /// A lazy loop that may run one more iteration (`head` is its LoopHead).
    LazyLoop {
        head: usize,
        pos: usize,
    },
}

/// The step budget ran out.
#[derive(Debug)]
pub struct StepLimit;

/// What a successful end of the whole pattern must satisfy.
#[derive(Clone, Copy)]
struct Accept {
    /// fullmatch: the end position required.
    end: Option<usize>,
    /// After an empty match, a match starting here must not be empty.
    not_empty_at: Option<usize>,
}

struct Vm<'a> {
    prog: &'a Program,
    text: &'a [char],
    slots: Vec<usize>,
    regs: Vec<(u32, usize)>,
    steps: u64,
    limit: u64,
}

/// How `exec` anchors the match.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Match,
    Search,
    FullMatch,
}

/// Match `prog` against `text` (already cut at endpos) from `pos`. On success, the
/// capture slots (`2 * group`, `2 * group + 1`; NONE when unset) and the last index
/// group (0 for none). `not_empty` forbids an empty match at `pos`.
pub fn exec(
    prog: &Program,
    text: &[char],
    pos: usize,
    mode: Mode,
    not_empty: bool,
) -> Result<Option<(Vec<usize>, usize)>, StepLimit> {
    let nslots = 2 * (prog.groups + 1) + 1;
    let mut vm = Vm {
        prog,
        text,
        slots: vec![NONE; nslots],
        regs: vec![(0, NONE); prog.regs],
        steps: 0,
        limit: STEP_LIMIT + STEPS_PER_CHAR * text.len() as u64,
    };
    let accept = Accept {
        end: (mode == Mode::FullMatch).then_some(text.len()),
        not_empty_at: not_empty.then_some(pos),
    };
    let last = if mode == Mode::Search {
        text.len()
    } else {
        pos
    };
    let first = first_char(prog);
    for start in pos..=last {
        if let Some(c) = first {
            if start < text.len() && text[start] != c {
                continue;
            }
            if start >= text.len() {
                break;
            }
        }
        if let Some(end) = vm.run(0, start, Some(accept))? {
            vm.slots[0] = start;
            vm.slots[1] = end;
            let li = vm.slots[nslots - 1];
            let lastindex = if li == NONE { 0 } else { li };
            vm.slots.truncate(nslots - 1);
            return Ok(Some((vm.slots, lastindex)));
        }
    }
    Ok(None)
}

/// The character every match must start with, if the program begins with a literal.
fn first_char(prog: &Program) -> Option<char> {
    match prog.insts.first()? {
        Inst::Item(Item::Char(c)) => Some(*c),
        Inst::Repeat1 {
            item: Item::Char(c),
            min,
            ..
        } if *min > 0 => Some(*c),
        _ => None,
    }
}

impl Vm<'_> {
    fn set_slot(&mut self, stack: &mut Vec<Frame>, idx: usize, v: usize) {
        stack.push(Frame::Slot {
            idx,
            old: self.slots[idx],
        });
        self.slots[idx] = v;
    }

    fn set_reg(&mut self, stack: &mut Vec<Frame>, idx: usize, v: (u32, usize)) {
        stack.push(Frame::Reg {
            idx,
            old: self.regs[idx],
        });
        self.regs[idx] = v;
    }

    /// Run from `pc` at `pos` until a Match (checked against `accept`) or SubMatch
    /// (when `accept` is None): the end position, or None when every path fails.
    fn run(
        &mut self,
        pc: usize,
        pos: usize,
        accept: Option<Accept>,
    ) -> Result<Option<usize>, StepLimit> {
        let mut stack: Vec<Frame> = Vec::new();
        let (mut pc, mut pos) = (pc, pos);
        let start = pos;
        let text = self.text;
        let n = text.len();
        loop {
            self.steps += 1;
            if self.steps > self.limit {
                return Err(StepLimit);
            }
            let ok = match &self.prog.insts[pc] {
                Inst::Item(it) => {
                    let hit = pos < n && item_matches(it, text[pos]);
                    if hit {
                        pos += 1;
                        pc += 1;
                    }
                    hit
                }
                Inst::Repeat1 {
                    item,
                    min,
                    max,
                    greedy,
                } => {
                    let (min, max) = (*min as usize, *max as usize);
                    if *greedy {
                        let limit = if max == UNBOUNDED as usize {
                            n
                        } else {
                            n.min(pos + max)
                        };
                        let mut end = pos;
                        while end < limit && item_matches(item, text[end]) {
                            end += 1;
                        }
                        self.steps += (end - pos) as u64 / 8;
                        if end - pos < min {
                            false
                        } else {
                            if end - pos > min {
                                stack.push(Frame::Greedy {
                                    next: pc + 1,
                                    min_pos: pos + min,
                                    pos: end,
                                });
                            }
                            pos = end;
                            pc += 1;
                            true
                        }
                    } else {
                        let ok = pos + min <= n
                            && text[pos..pos + min].iter().all(|&c| item_matches(item, c));
                        if ok {
                            pos += min;
                            if max > min {
                                stack.push(Frame::Lazy {
                                    inst: pc,
                                    pos,
                                    count: min as u32,
                                });
                            }
                            pc += 1;
                        }
                        ok
                    }
                }
                Inst::Assert(a) => {
                    let hit = assert_at(*a, text, pos);
                    pc += 1;
                    hit
                }
                &Inst::Split(a, b) => {
                    stack.push(Frame::Alt { pc: b, pos });
                    pc = a;
                    true
                }
                &Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                &Inst::Save(slot) => {
                    self.set_slot(&mut stack, slot, pos);
                    if slot % 2 == 1 {
                        let li = self.slots.len() - 1;
                        self.set_slot(&mut stack, li, slot / 2);
                    }
                    pc += 1;
                    true
                }
                &Inst::Backref(g, fold_case) => match self.backref(g, fold_case, pos) {
                    Some(end) => {
                        pos = end;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                &Inst::LoopInit(reg) => {
                    self.set_reg(&mut stack, reg, (0, NONE));
                    pc += 1;
                    true
                }
                &Inst::LoopHead {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let (count, last) = self.regs[reg];
                    if count < min {
                        self.set_reg(&mut stack, reg, (count + 1, pos));
                        pc += 1;
                    } else if (max != UNBOUNDED && count >= max) || pos == last {
                        pc = exit;
                    } else if greedy {
                        stack.push(Frame::Alt { pc: exit, pos });
                        self.set_reg(&mut stack, reg, (count + 1, pos));
                        pc += 1;
                    } else {
                        stack.push(Frame::LazyLoop { head: pc, pos });
                        pc = exit;
                    }
                    true
                }
                &Inst::Look {
                    behind,
                    negate,
                    width,
                    next,
                } => {
                    let from = if behind {
                        pos.checked_sub(width)
                    } else {
                        Some(pos)
                    };
                    let hit = match from {
                        Some(from) => self.sub(&mut stack, pc + 1, from, negate)?.is_some(),
                        None => false,
                    };
                    pc = next;
                    hit != negate
                }
                &Inst::Atomic { next } => match self.sub(&mut stack, pc + 1, pos, false)? {
                    Some(end) => {
                        pos = end;
                        pc = next;
                        true
                    }
                    None => false,
                },
                &Inst::Cond { group, no } => {
                    pc = if self.slots[2 * group + 1] != NONE {
                        pc + 1
                    } else {
                        no
                    };
                    true
                }
                Inst::SubMatch => return Ok(Some(pos)),
                Inst::Match => match accept {
                    Some(a) if a.end.is_some_and(|e| e != pos) => false,
                    Some(a) if a.not_empty_at == Some(start) && pos == start => false,
                    _ => return Ok(Some(pos)),
                },
            };
            if !ok {
                match self.backtrack(&mut stack)? {
                    Some((p, q)) => (pc, pos) = (p, q),
                    None => return Ok(None),
                }
            }
        }
    }

    /// A sub-run (lookaround, atomic group) whose captures are kept on success (and
    /// undone when the caller backtracks past it); `discard` drops them regardless.
    fn sub(
        &mut self,
        stack: &mut Vec<Frame>,
        pc: usize,
        pos: usize,
        discard: bool,
    ) -> Result<Option<usize>, StepLimit> {
        let before = self.slots.clone();
        let r = self.run(pc, pos, None)?;
        if r.is_some() {
            for (idx, &old) in before.iter().enumerate() {
                if self.slots[idx] != old {
                    if discard {
                        self.slots[idx] = old;
                    } else {
                        stack.push(Frame::Slot { idx, old });
                    }
                }
            }
        }
        Ok(r)
    }

    fn backref(&self, g: usize, fold_case: bool, pos: usize) -> Option<usize> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == NONE || e == NONE {
            return None;
        }
        let len = e.saturating_sub(s);
        if pos + len > self.text.len() {
            return None;
        }
        let a = &self.text[s..s + len];
        let b = &self.text[pos..pos + len];
        let same = if fold_case {
            a.iter()
                .zip(b)
                .all(|(&x, &y)| fold(x, false) == fold(y, false))
        } else {
            a == b
        };
        same.then_some(pos + len)
    }

    /// Pop to the next alternative, undoing captures and loop registers on the way.
    fn backtrack(&mut self, stack: &mut Vec<Frame>) -> Result<Option<(usize, usize)>, StepLimit> {
        while let Some(f) = stack.pop() {
            self.steps += 1;
            match f {
                Frame::Alt { pc, pos } => return Ok(Some((pc, pos))),
                Frame::Slot { idx, old } => self.slots[idx] = old,
                Frame::Reg { idx, old } => self.regs[idx] = old,
                Frame::Greedy { next, min_pos, pos } => {
                    let pos = pos - 1;
                    if pos > min_pos {
                        stack.push(Frame::Greedy { next, min_pos, pos });
                    }
                    return Ok(Some((next, pos)));
                }
                Frame::Lazy { inst, pos, count } => {
                    let Inst::Repeat1 { item, max, .. } = &self.prog.insts[inst] else {
                        unreachable!("a Lazy frame points at a Repeat1");
                    };
                    if pos < self.text.len() && item_matches(item, self.text[pos]) {
                        if count + 1 < *max {
                            stack.push(Frame::Lazy {
                                inst,
                                pos: pos + 1,
                                count: count + 1,
                            });
                        }
                        return Ok(Some((inst + 1, pos + 1)));
                    }
                }
                Frame::LazyLoop { head, pos } => {
                    let Inst::LoopHead { reg, .. } = self.prog.insts[head] else {
                        unreachable!("a LazyLoop frame points at a LoopHead");
                    };
                    let (count, _) = self.regs[reg];
                    self.set_reg(stack, reg, (count + 1, pos));
                    return Ok(Some((head + 1, pos)));
                }
            }
            if self.steps > self.limit {
                return Err(StepLimit);
            }
        }
        Ok(None)
    }
}

fn assert_at(a: Anchor, text: &[char], pos: usize) -> bool {
    let n = text.len();
    match a {
        Anchor::Start => pos == 0,
        Anchor::End => pos == n,
        Anchor::LineStart => pos == 0 || text[pos - 1] == '\n',
        Anchor::LineEnd => pos == n || text[pos] == '\n',
        Anchor::EndOrFinalNewline => pos == n || (pos + 1 == n && text[pos] == '\n'),
        // Neither \b nor \B matches in an empty text, as in CPython.
        Anchor::WordBoundary(_) | Anchor::NotWordBoundary(_) if n == 0 => false,
        Anchor::WordBoundary(ascii) | Anchor::NotWordBoundary(ascii) => {
            let before = pos > 0 && is_word(text[pos - 1], ascii);
            let after = pos < n && is_word(text[pos], ascii);
            (before != after) == matches!(a, Anchor::WordBoundary(_))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(pattern: &str, text: &str) -> Result<Option<(Vec<usize>, usize)>, StepLimit> {
        let parsed = super::super::re_parse::parse(pattern, 0).ok().unwrap();
        let prog = compile(&parsed.node, parsed.groups);
        let chars: Vec<char> = text.chars().collect();
        exec(&prog, &chars, 0, Mode::Search, false)
    }

    /// A catastrophic-backtracking pattern ends in the step limit instead of hanging.
    #[test]
    fn pathological_pattern_is_bounded() {
        let text = "a".repeat(40) + "!";
        assert!(run("(a+)+b", &text).is_err());
        assert!(run("(x+x+)+y", &"x".repeat(40)).is_err());
    }

    #[test]
    fn positions_are_characters() {
        let (slots, _) = run("é(b+)", "ééébbc").unwrap().unwrap();
        assert_eq!(&slots[..4], &[2, 5, 3, 5]);
    }
}
