from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_sdd.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_properties = l_0_sources = l_0_generated_notice = l_0_links = l_0_quoted = l_0_gap = l_0_missing_description = l_0_missing_prd = l_0_missing_prd_section = l_0_missing_system_section = l_0_missing_component_section = l_0_missing_stakeholders = l_0_missing_nfr = l_0_missing_performance = l_0_missing_recovery = l_0_missing_availability = l_0_missing_compliance = l_0_missing_components = l_0_missing_data = l_0_missing_technologies = l_0_missing_categories = l_0_missing_decisions = l_0_missing_context_links = l_0_nfr_table = l_0_nfr_list = l_0_compliance_list = l_0_prd_part = l_0_diagram = l_0_component_table = l_0_shared_components = l_0_data_stores = l_0_recovery = l_0_tech_table = l_0_tech_item = l_0_tech_list = l_0_practice = l_0_neighbours_table = l_0_link_details = l_0_dependency_list = l_0_checklist = l_0_status = l_0_chosen = l_0_considered = l_0_decision_areas = l_0_decision_line = l_0_decision_log = l_0_decision_details = l_0_data_flows = l_0_risks = l_0_open_questions = missing
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['yaml']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'yaml' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro():
        t_7 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        l_1_version = resolve('version')
        l_1_coverage = resolve('coverage')
        pass
        t_7.extend((
            'type: sdd\nsystem: ',
            str(t_5(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')))),
            '\ngenerated_by: ',
            str(t_5(str_join(('vaultsmith ', (undefined(name='version') if l_1_version is missing else l_1_version), )))),
            '\ntemplate: ',
            str(t_5(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'template'))),
            '\ncoverage: ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'share')),
            '\ngaps: ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'gaps')),
        ))
        return concat(t_7)
    context.exported_vars.add('properties')
    context.vars['properties'] = l_0_properties = Macro(environment, macro, 'properties', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_8 = []
        l_1_doc = resolve('doc')
        pass
        t_8.append(
            'sources:\n',
        )
        for l_2_source in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'sources'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_8.extend((
                '  - ',
                str(t_5(context.call((undefined(name='link') if l_2_link is missing else l_2_link), l_2_source, _loop_vars=_loop_vars))),
                str((str_join(('  # ', context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'reason'), l_2_source, _loop_vars=_loop_vars), )) if context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'reason'), l_2_source, _loop_vars=_loop_vars) else cond_expr_undefined("the inline if-expression on line 17 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                '\n',
            ))
        l_2_source = l_2_link = missing
        t_8.append(
            'tags:\n  - sdd',
        )
        return concat(t_8)
    context.exported_vars.add('sources')
    context.vars['sources'] = l_0_sources = Macro(environment, macro, 'sources', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_9 = []
        l_1_coverage = resolve('coverage')
        pass
        t_9.extend((
            '> [!info] Generated by vaultsmith from the notes it links to\n> Edit those notes, not this one: vaultsmith rewrites it on every build. Coverage ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'percent')),
            '% (',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'backed')),
            ' of ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'sections')),
            ' sections backed by the vault), ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'gaps')),
            ' gaps.\n',
        ))
        return concat(t_9)
    context.exported_vars.add('generated_notice')
    context.vars['generated_notice'] = l_0_generated_notice = Macro(environment, macro, 'generated_notice', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_refs, l_1_table, l_1_empty):
        t_10 = []
        if l_1_refs is missing:
            l_1_refs = undefined("parameter 'refs' was not provided", name='refs')
        if l_1_table is missing:
            l_1_table = False
        if l_1_empty is missing:
            l_1_empty = '—'
        pass
        l_2_loop = missing
        t_11 = 1
        for l_2_r, l_2_loop in LoopContext(l_1_refs, undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_10.extend((
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), l_2_r, l_1_table, _loop_vars=_loop_vars)),
                str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 30 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
            ))
            t_11 = 0
        l_2_loop = l_2_r = l_2_link = missing
        if t_11:
            pass
            t_10.append(
                str(l_1_empty),
            )
        return concat(t_10)
    context.exported_vars.add('links')
    context.vars['links'] = l_0_links = Macro(environment, macro, 'links', ('refs', 'table', 'empty'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_sections):
        t_12 = []
        if l_1_sections is missing:
            l_1_sections = undefined("parameter 'sections' was not provided", name='sections')
        pass
        for l_2_s in l_1_sections:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_12.extend((
                '\n**From ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_s, 'source'), _loop_vars=_loop_vars)),
                ':**\n\n',
                str(environment.getattr(l_2_s, 'text')),
                '\n',
            ))
        l_2_s = l_2_link = missing
        return concat(t_12)
    context.exported_vars.add('quoted')
    context.vars['quoted'] = l_0_quoted = Macro(environment, macro, 'quoted', ('sections',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_title, l_1_hint):
        t_13 = []
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_hint is missing:
            l_1_hint = undefined("parameter 'hint' was not provided", name='hint')
        pass
        t_13.extend((
            '> [!warning] Missing: ',
            str(l_1_title),
            '\n> ',
            str(l_1_hint),
            '\n',
        ))
        return concat(t_13)
    context.exported_vars.add('gap')
    context.vars['gap'] = l_0_gap = Macro(environment, macro, 'gap', ('title', 'hint'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_14 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_14.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'system description', str_join(('Add `description:` to ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '.', )))),
        )
        return concat(t_14)
    context.exported_vars.add('missing_description')
    context.vars['missing_description'] = l_0_missing_description = Macro(environment, macro, 'missing_description', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_15 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_15.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'product requirements', str_join(('No PRD belongs to this system. Write a note with `type: prd` and `system: "', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '"`, with `## Problem`, `## Goals`, `## Requirements` and `## Success metrics` sections.', )))),
        )
        return concat(t_15)
    context.exported_vars.add('missing_prd')
    context.vars['missing_prd'] = l_0_missing_prd = Macro(environment, macro, 'missing_prd', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_heading, l_1_what):
        t_16 = []
        l_1_doc = resolve('doc')
        l_1_link = resolve('link')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_16.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Add a `## ', l_1_heading, "` section to this system's PRD", (str_join((' (', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds'), 0), 'ref')), ')', )) if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds') else ''), '.', )))),
        )
        return concat(t_16)
    context.exported_vars.add('missing_prd_section')
    context.vars['missing_prd_section'] = l_0_missing_prd_section = Macro(environment, macro, 'missing_prd_section', ('heading', 'what'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_heading, l_1_what):
        t_17 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_17.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Add a `## ', l_1_heading, '` section to ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '.', )))),
        )
        return concat(t_17)
    context.exported_vars.add('missing_system_section')
    context.vars['missing_system_section'] = l_0_missing_system_section = Macro(environment, macro, 'missing_system_section', ('heading', 'what'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_heading, l_1_what):
        t_18 = []
        l_1_doc = resolve('doc')
        l_1_link = resolve('link')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_18.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Add a `## ', l_1_heading, '` section to the component notes of this system', (str_join((' (for example ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components'), 0), 'ref')), ')', )) if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components') else ''), '.', )))),
        )
        return concat(t_18)
    context.exported_vars.add('missing_component_section')
    context.vars['missing_component_section'] = l_0_missing_component_section = Macro(environment, macro, 'missing_component_section', ('heading', 'what'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_19 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_19.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'stakeholders', str_join(('Add `owner:` to ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), ' and its components, and `deciders:` to its ADRs.', )))),
        )
        return concat(t_19)
    context.exported_vars.add('missing_stakeholders')
    context.vars['missing_stakeholders'] = l_0_missing_stakeholders = Macro(environment, macro, 'missing_stakeholders', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_20 = []
        pass
        t_20.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'non-functional requirements', "Add an `nfr:` map (for example `latency_p99_ms`, `availability`, `throughput_rps`) to this system's PRD.")),
        )
        return concat(t_20)
    context.exported_vars.add('missing_nfr')
    context.vars['missing_nfr'] = l_0_missing_nfr = Macro(environment, macro, 'missing_nfr', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_21 = []
        pass
        t_21.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'performance targets', "Add `latency_p99_ms`, `throughput_rps`, `availability` or `users` to the PRD's `nfr:` map.")),
        )
        return concat(t_21)
    context.exported_vars.add('missing_performance')
    context.vars['missing_performance'] = l_0_missing_performance = Macro(environment, macro, 'missing_performance', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_22 = []
        pass
        t_22.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'backup and recovery targets', "Add `rpo_minutes` and `rto_minutes` to the PRD's `nfr:` map.")),
        )
        return concat(t_22)
    context.exported_vars.add('missing_recovery')
    context.vars['missing_recovery'] = l_0_missing_recovery = Macro(environment, macro, 'missing_recovery', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_23 = []
        pass
        t_23.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'availability target', 'Add `availability` (for example `"99.9%"`) to the PRD\'s `nfr:` map.')),
        )
        return concat(t_23)
    context.exported_vars.add('missing_availability')
    context.vars['missing_availability'] = l_0_missing_availability = Macro(environment, macro, 'missing_availability', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_24 = []
        pass
        t_24.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'compliance requirements', 'Add a `compliance:` list to the PRD (for example `[GDPR, PCI-DSS]`), or `compliance: []` when none apply.')),
        )
        return concat(t_24)
    context.exported_vars.add('missing_compliance')
    context.vars['missing_compliance'] = l_0_missing_compliance = Macro(environment, macro, 'missing_compliance', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_25 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_25.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'components', str_join(('No component belongs to this system. Write notes with `type: component` and `system: "', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '"`.', )))),
        )
        return concat(t_25)
    context.exported_vars.add('missing_components')
    context.vars['missing_components'] = l_0_missing_components = Macro(environment, macro, 'missing_components', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_26 = []
        pass
        t_26.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'data stores', 'No component of this system has `kind: database`, `cache`, `storage` or `queue`.')),
        )
        return concat(t_26)
    context.exported_vars.add('missing_data')
    context.vars['missing_data'] = l_0_missing_data = Macro(environment, macro, 'missing_data', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_27 = []
        pass
        t_27.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'technologies', 'No component of this system lists `uses:` technologies.')),
        )
        return concat(t_27)
    context.exported_vars.add('missing_technologies')
    context.vars['missing_technologies'] = l_0_missing_technologies = Macro(environment, macro, 'missing_technologies', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_what, l_1_categories):
        t_28 = []
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        if l_1_categories is missing:
            l_1_categories = undefined("parameter 'categories' was not provided", name='categories')
        pass
        t_28.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Nothing in this system is about ', t_2(context.eval_ctx, l_1_categories, ', '), ": write an ADR with one of them as `decision_area:`, or a technology note with one as `category:` and list it in a component's `uses:`.", )))),
        )
        return concat(t_28)
    context.exported_vars.add('missing_categories')
    context.vars['missing_categories'] = l_0_missing_categories = Macro(environment, macro, 'missing_categories', ('what', 'categories'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_29 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_29.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'decisions', str_join(('No ADR names this system. Add `system: "', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '"` (or `affects:`) to the ADRs that shape it.', )))),
        )
        return concat(t_29)
    context.exported_vars.add('missing_decisions')
    context.vars['missing_decisions'] = l_0_missing_decisions = Macro(environment, macro, 'missing_decisions', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_30 = []
        pass
        t_30.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'neighbours', 'No component of this system depends on, or is depended on by, anything outside it. Add `depends_on:` links between components, or a component with `kind: external`.')),
        )
        return concat(t_30)
    context.exported_vars.add('missing_context_links')
    context.vars['missing_context_links'] = l_0_missing_context_links = Macro(environment, macro, 'missing_context_links', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_nfrs):
        t_31 = []
        if l_1_nfrs is missing:
            l_1_nfrs = undefined("parameter 'nfrs' was not provided", name='nfrs')
        pass
        t_31.append(
            '| Requirement | Target | Source |\n|---|---|---|\n',
        )
        for l_2_nfr in l_1_nfrs:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_31.extend((
                '| ',
                str(t_1(environment.getattr(l_2_nfr, 'label'))),
                ' | ',
                str(t_1(environment.getattr(l_2_nfr, 'value'))),
                ' | ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_nfr, 'source'), table=True, _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_nfr = l_2_link = missing
        return concat(t_31)
    context.exported_vars.add('nfr_table')
    context.vars['nfr_table'] = l_0_nfr_table = Macro(environment, macro, 'nfr_table', ('nfrs',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_nfrs):
        t_32 = []
        if l_1_nfrs is missing:
            l_1_nfrs = undefined("parameter 'nfrs' was not provided", name='nfrs')
        pass
        for l_2_nfr in l_1_nfrs:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_32.extend((
                '- **',
                str(environment.getattr(l_2_nfr, 'label')),
                '**: ',
                str(environment.getattr(l_2_nfr, 'value')),
                ' (',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_nfr, 'source'), _loop_vars=_loop_vars)),
                ')\n',
            ))
        l_2_nfr = l_2_link = missing
        return concat(t_32)
    context.exported_vars.add('nfr_list')
    context.vars['nfr_list'] = l_0_nfr_list = Macro(environment, macro, 'nfr_list', ('nfrs',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_33 = []
        l_1_doc = resolve('doc')
        pass
        def t_34(fiter):
            for l_2_prd in fiter:
                if environment.getattr(l_2_prd, 'compliance'):
                    yield l_2_prd
        t_35 = 1
        for l_2_prd in t_34(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds')):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_33.extend((
                '- **Compliance** (',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_prd, 'ref'), _loop_vars=_loop_vars)),
                '): ',
                str(t_2(context.eval_ctx, environment.getattr(l_2_prd, 'compliance'), ', ')),
                '\n',
            ))
            t_35 = 0
        l_2_prd = l_2_link = missing
        if t_35:
            pass
            t_33.extend((
                str(context.call((undefined(name='missing_compliance') if l_0_missing_compliance is missing else l_0_missing_compliance))),
                '\n',
            ))
        return concat(t_33)
    context.exported_vars.add('compliance_list')
    context.vars['compliance_list'] = l_0_compliance_list = Macro(environment, macro, 'compliance_list', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_attribute, l_1_title):
        t_36 = []
        l_1_doc = resolve('doc')
        if l_1_attribute is missing:
            l_1_attribute = undefined("parameter 'attribute' was not provided", name='attribute')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        def t_37(fiter):
            for l_2_prd in fiter:
                if environment.getitem(l_2_prd, l_1_attribute):
                    yield l_2_prd
        for l_2_prd in t_37(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds')):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_36.extend((
                '\n**',
                str(l_1_title),
                '** (from ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_prd, 'ref'), _loop_vars=_loop_vars)),
                '):\n\n',
                str(environment.getitem(l_2_prd, l_1_attribute)),
                '\n',
            ))
        l_2_prd = l_2_link = missing
        return concat(t_36)
    context.exported_vars.add('prd_part')
    context.vars['prd_part'] = l_0_prd_part = Macro(environment, macro, 'prd_part', ('attribute', 'title'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_text):
        t_38 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        t_38.extend((
            '```mermaid\n',
            str(l_1_text),
            '\n```\n',
        ))
        return concat(t_38)
    context.exported_vars.add('diagram')
    context.vars['diagram'] = l_0_diagram = Macro(environment, macro, 'diagram', ('text',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_39 = []
        l_1_doc = resolve('doc')
        pass
        t_39.append(
            '| Component | Kind | Technologies | Depends on | Owner | Responsibility |\n|---|---|---|---|---|---|\n',
        )
        for l_2_c in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_39.extend((
                '| ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | ',
                str(t_1(environment.getattr(l_2_c, 'kind'))),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'technologies'), True, _loop_vars=_loop_vars)),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'depends_on'), True, _loop_vars=_loop_vars)),
                ' | ',
                str(t_1(environment.getattr(l_2_c, 'owner'))),
                ' | ',
                str(t_1(environment.getattr(l_2_c, 'description'))),
                ' |\n',
            ))
        l_2_c = l_2_link = missing
        return concat(t_39)
    context.exported_vars.add('component_table')
    context.vars['component_table'] = l_0_component_table = Macro(environment, macro, 'component_table', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_40 = []
        l_1_doc = resolve('doc')
        pass
        def t_41(fiter):
            for l_2_c in fiter:
                if (t_3(environment.getattr(l_2_c, 'systems')) > 1):
                    yield l_2_c
        l_2_loop = missing
        for l_2_c, l_2_loop in LoopContext(t_41(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components')), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_40.append(
                    '\nShared with other systems:\n',
                )
            t_40.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), _loop_vars=_loop_vars)),
                ': ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'systems'), _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_loop = l_2_c = l_2_link = missing
        return concat(t_40)
    context.exported_vars.add('shared_components')
    context.vars['shared_components'] = l_0_shared_components = Macro(environment, macro, 'shared_components', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_42 = []
        l_1_doc = resolve('doc')
        pass
        t_43 = 1
        for l_2_c in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'data_components'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_42.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), _loop_vars=_loop_vars)),
                ' (',
                str(environment.getattr(l_2_c, 'kind')),
                ')',
            ))
            if environment.getattr(l_2_c, 'technologies'):
                pass
                t_42.extend((
                    ': ',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'technologies'), _loop_vars=_loop_vars)),
                ))
            if environment.getattr(l_2_c, 'description'):
                pass
                t_42.extend((
                    ' — ',
                    str(environment.getattr(l_2_c, 'description')),
                ))
            t_42.append(
                '\n',
            )
            t_43 = 0
        l_2_c = l_2_link = missing
        if t_43:
            pass
            t_42.extend((
                str(context.call((undefined(name='missing_data') if l_0_missing_data is missing else l_0_missing_data))),
                '\n',
            ))
        t_42.extend((
            str(context.call((undefined(name='data_flows') if l_0_data_flows is missing else l_0_data_flows))),
            '\n',
        ))
        return concat(t_42)
    context.exported_vars.add('data_stores')
    context.vars['data_stores'] = l_0_data_stores = Macro(environment, macro, 'data_stores', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_44 = []
        l_1_doc = resolve('doc')
        l_1_link = resolve('link')
        l_1_targets = missing
        pass
        l_1_targets = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'nfrs_named'), 'rpo_minutes', 'rto_minutes')
        if (undefined(name='targets') if l_1_targets is missing else l_1_targets):
            pass
            t_44.append(
                '**Backup and recovery**: ',
            )
            l_2_loop = missing
            for l_2_nfr, l_2_loop in LoopContext((undefined(name='targets') if l_1_targets is missing else l_1_targets), undefined):
                _loop_vars = {}
                pass
                t_44.extend((
                    str(environment.getattr(l_2_nfr, 'label')),
                    ' ',
                    str(environment.getattr(l_2_nfr, 'value')),
                    str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 154 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_nfr = missing
            t_44.extend((
                ' (from ',
                str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(environment.getitem((undefined(name='targets') if l_1_targets is missing else l_1_targets), 0), 'source'))),
                ').\n',
            ))
        else:
            pass
            t_44.extend((
                str(context.call((undefined(name='missing_recovery') if l_0_missing_recovery is missing else l_0_missing_recovery))),
                '\n',
            ))
        return concat(t_44)
    context.exported_vars.add('recovery')
    context.vars['recovery'] = l_0_recovery = Macro(environment, macro, 'recovery', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_technologies):
        t_45 = []
        if l_1_technologies is missing:
            l_1_technologies = undefined("parameter 'technologies' was not provided", name='technologies')
        pass
        t_45.append(
            '| Category | Technology | Version | Used by | Chosen in |\n|---|---|---|---|---|\n',
        )
        for l_2_t in l_1_technologies:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_45.extend((
                '| ',
                str(t_1((environment.getattr(l_2_t, 'category') or 'uncategorised'))),
                ' | ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_t, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | ',
                str(t_1(environment.getattr(l_2_t, 'version'))),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_t, 'used_by'), True, _loop_vars=_loop_vars)),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_t, 'chosen_by'), True, 'no ADR', _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_t = l_2_link = missing
        return concat(t_45)
    context.exported_vars.add('tech_table')
    context.vars['tech_table'] = l_0_tech_table = Macro(environment, macro, 'tech_table', ('technologies',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_t):
        t_46 = []
        l_1_link = resolve('link')
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        pass
        t_46.extend((
            '- ',
            str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_t, 'ref'))),
        ))
        if environment.getattr(l_1_t, 'version'):
            pass
            t_46.extend((
                ' ',
                str(environment.getattr(l_1_t, 'version')),
            ))
        t_46.extend((
            ' (',
            str((environment.getattr(l_1_t, 'category') or 'uncategorised')),
            '), used by ',
            str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_t, 'used_by'))),
            '; chosen in ',
            str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_t, 'chosen_by'), False, 'no ADR')),
        ))
        return concat(t_46)
    context.exported_vars.add('tech_item')
    context.vars['tech_item'] = l_0_tech_item = Macro(environment, macro, 'tech_item', ('t',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_technologies):
        t_47 = []
        if l_1_technologies is missing:
            l_1_technologies = undefined("parameter 'technologies' was not provided", name='technologies')
        pass
        for l_2_t in l_1_technologies:
            _loop_vars = {}
            pass
            t_47.extend((
                str(context.call((undefined(name='tech_item') if l_0_tech_item is missing else l_0_tech_item), l_2_t, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_t = missing
        return concat(t_47)
    context.exported_vars.add('tech_list')
    context.vars['tech_list'] = l_0_tech_list = Macro(environment, macro, 'tech_list', ('technologies',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_what, l_1_categories):
        t_48 = []
        l_1_doc = resolve('doc')
        l_1_techs = l_1_settled = missing
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        if l_1_categories is missing:
            l_1_categories = undefined("parameter 'categories' was not provided", name='categories')
        pass
        l_1_techs = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'technologies_in'), *l_1_categories)
        l_1_settled = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'accepted_in'), *l_1_categories)
        if ((undefined(name='techs') if l_1_techs is missing else l_1_techs) or (undefined(name='settled') if l_1_settled is missing else l_1_settled)):
            pass
            for l_2_t in (undefined(name='techs') if l_1_techs is missing else l_1_techs):
                _loop_vars = {}
                pass
                t_48.extend((
                    str(context.call((undefined(name='tech_item') if l_0_tech_item is missing else l_0_tech_item), l_2_t, _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_2_t = missing
            for l_2_d in (undefined(name='settled') if l_1_settled is missing else l_1_settled):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_48.extend((
                    '- ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'ref'), _loop_vars=_loop_vars)),
                    ' chose ',
                    str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_2_d, _loop_vars=_loop_vars)),
                    ' (`',
                    str(environment.getattr(l_2_d, 'area')),
                    '`)\n',
                ))
            l_2_d = l_2_link = missing
        else:
            pass
            t_48.extend((
                str(context.call((undefined(name='missing_categories') if l_0_missing_categories is missing else l_0_missing_categories), l_1_what, l_1_categories)),
                '\n',
            ))
        return concat(t_48)
    context.exported_vars.add('practice')
    context.vars['practice'] = l_0_practice = Macro(environment, macro, 'practice', ('what', 'categories'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_49 = []
        l_1_doc = resolve('doc')
        pass
        t_49.append(
            '| Name | Type | Relation | Through |\n|---|---|---|---|\n',
        )
        for l_2_c in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'externals'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_49.extend((
                '| ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | external component | used by this system | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), t_4(context, context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'depending_on'), environment.getattr(l_2_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), True, _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_c = l_2_link = missing
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'neighbours'), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_49.extend((
                '| ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_n, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | ',
                str(('outside component' if environment.getattr(l_2_n, 'external') else 'system')),
                ' | ',
                str(('this system depends on it' if (environment.getattr(l_2_n, 'relation') == 'uses') else 'depends on this system')),
                ' | ',
            ))
            l_3_loop = missing
            for l_3_d, l_3_loop in LoopContext(environment.getattr(l_2_n, 'via'), undefined):
                _loop_vars = {}
                pass
                t_49.extend((
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_3_d, 'source'), True, _loop_vars=_loop_vars)),
                    ' → ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_3_d, 'target'), True, _loop_vars=_loop_vars)),
                    str((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 198 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                ))
            l_3_loop = l_3_d = missing
            t_49.append(
                ' |\n',
            )
        l_2_loop = l_2_n = l_2_link = missing
        return concat(t_49)
    context.exported_vars.add('neighbours_table')
    context.vars['neighbours_table'] = l_0_neighbours_table = Macro(environment, macro, 'neighbours_table', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d):
        t_50 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        if environment.getattr(l_1_d, 'details'):
            pass
            t_50.extend((
                ' — ',
                str(environment.getattr(l_1_d, 'details')),
            ))
        return concat(t_50)
    context.exported_vars.add('link_details')
    context.vars['link_details'] = l_0_link_details = Macro(environment, macro, 'link_details', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_51 = []
        l_1_doc = resolve('doc')
        pass
        for l_2_d in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependencies'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_51.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'source'), _loop_vars=_loop_vars)),
                ' depends on ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'target'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_d, 'systems'):
                pass
                t_51.extend((
                    ' (',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'systems'), _loop_vars=_loop_vars)),
                    ')',
                ))
            elif environment.getattr(l_2_d, 'kind'):
                pass
                t_51.extend((
                    ' (',
                    str(environment.getattr(l_2_d, 'kind')),
                    ')',
                ))
            t_51.extend((
                str(context.call((undefined(name='link_details') if l_0_link_details is missing else l_0_link_details), l_2_d, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_d = l_2_link = missing
        for l_2_d in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependents'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_51.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'source'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_d, 'systems'):
                pass
                t_51.extend((
                    ' (',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'systems'), _loop_vars=_loop_vars)),
                    ')',
                ))
            t_51.extend((
                ' depends on ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'target'), _loop_vars=_loop_vars)),
                str(context.call((undefined(name='link_details') if l_0_link_details is missing else l_0_link_details), l_2_d, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_d = l_2_link = missing
        if ((not environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependencies')) and (not environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependents'))):
            pass
            t_51.append(
                'No component of this system depends on, or is depended on by, a component outside it.\n',
            )
        return concat(t_51)
    context.exported_vars.add('dependency_list')
    context.vars['dependency_list'] = l_0_dependency_list = Macro(environment, macro, 'dependency_list', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_52 = []
        l_1_doc = resolve('doc')
        pass
        l_2_loop = missing
        for l_2_item, l_2_loop in LoopContext(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'checklist'), undefined):
            _loop_vars = {}
            pass
            if context.call(environment.getattr(l_2_loop, 'changed'), environment.getattr(l_2_item, 'group'), _loop_vars=_loop_vars):
                pass
                t_52.extend((
                    '\n**',
                    str(environment.getattr(l_2_item, 'group')),
                    '**\n',
                ))
            if environment.getattr(l_2_item, 'decided_by'):
                pass
                t_52.extend((
                    '- [x] **',
                    str(environment.getattr(l_2_item, 'item')),
                    '**: ',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_item, 'decided_by'), _loop_vars=_loop_vars)),
                    '\n',
                ))
            else:
                pass
                t_52.extend((
                    '- [ ] **',
                    str(environment.getattr(l_2_item, 'item')),
                    '**: no accepted ADR with `decision_area: ',
                    str(environment.getitem(environment.getattr(l_2_item, 'areas'), 0)),
                    '`\n',
                ))
        l_2_loop = l_2_item = missing
        return concat(t_52)
    context.exported_vars.add('checklist')
    context.vars['checklist'] = l_0_checklist = Macro(environment, macro, 'checklist', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d):
        t_53 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        if (environment.getattr(l_1_d, 'qualifier') and (environment.getattr(l_1_d, 'status') in environment.getattr(l_1_d, 'qualifier'))):
            pass
            t_53.append(
                str(environment.getattr(l_1_d, 'qualifier')),
            )
        else:
            pass
            t_53.append(
                str(str_join((environment.getattr(l_1_d, 'status'), (str_join((' (', environment.getattr(l_1_d, 'qualifier'), ')', )) if environment.getattr(l_1_d, 'qualifier') else ''), ))),
            )
        return concat(t_53)
    context.exported_vars.add('status')
    context.vars['status'] = l_0_status = Macro(environment, macro, 'status', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d, l_1_table):
        t_54 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        if l_1_table is missing:
            l_1_table = False
        pass
        l_2_loop = missing
        t_55 = 1
        for l_2_c, l_2_loop in LoopContext(environment.getattr(l_1_d, 'chosen'), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_54.extend((
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), l_2_c, l_1_table, _loop_vars=_loop_vars)),
                str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 234 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
            ))
            t_55 = 0
        l_2_loop = l_2_c = l_2_link = missing
        if t_55:
            pass
            t_54.append(
                str((t_1(environment.getattr(l_1_d, 'chosen_text')) if l_1_table else (environment.getattr(l_1_d, 'chosen_text') or '—'))),
            )
        return concat(t_54)
    context.exported_vars.add('chosen')
    context.vars['chosen'] = l_0_chosen = Macro(environment, macro, 'chosen', ('d', 'table'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d, l_1_table):
        t_56 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        if l_1_table is missing:
            l_1_table = False
        pass
        if environment.getattr(l_1_d, 'considered'):
            pass
            t_56.append(
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_d, 'considered'), l_1_table)),
            )
        else:
            pass
            t_56.append(
                str((t_1(environment.getattr(l_1_d, 'considered_text')) if l_1_table else (environment.getattr(l_1_d, 'considered_text') or '—'))),
            )
        return concat(t_56)
    context.exported_vars.add('considered')
    context.vars['considered'] = l_0_considered = Macro(environment, macro, 'considered', ('d', 'table'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_57 = []
        l_1_doc = resolve('doc')
        pass
        if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decision_areas'):
            pass
            t_57.append(
                '**Where each decision area stands** (following supersede and amend links; earlier decisions beneath):\n',
            )
            for l_2_area in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decision_areas'):
                _loop_vars = {}
                pass
                for l_3_c in environment.getattr(l_2_area, 'current'):
                    _loop_vars = {}
                    pass
                    t_57.extend((
                        '- **',
                        str((environment.getattr(l_2_area, 'area') or 'no decision area')),
                        '**: ',
                        str(context.call((undefined(name='decision_line') if l_0_decision_line is missing else l_0_decision_line), environment.getattr(l_3_c, 'decision'), _loop_vars=_loop_vars)),
                        '\n',
                    ))
                    for l_4_p in environment.getattr(l_3_c, 'history'):
                        _loop_vars = {}
                        pass
                        t_57.extend((
                            '    - ',
                            str(environment.getattr(l_4_p, 'how')),
                            ' ',
                            str(context.call((undefined(name='decision_line') if l_0_decision_line is missing else l_0_decision_line), environment.getattr(l_4_p, 'decision'), _loop_vars=_loop_vars)),
                            '\n',
                        ))
                    l_4_p = missing
                l_3_c = missing
            l_2_area = missing
            t_57.append(
                '\n',
            )
        return concat(t_57)
    context.exported_vars.add('decision_areas')
    context.vars['decision_areas'] = l_0_decision_areas = Macro(environment, macro, 'decision_areas', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d):
        t_58 = []
        l_1_link = resolve('link')
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        t_58.extend((
            str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_d, 'ref'))),
            ' (',
            str(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_1_d)),
        ))
        if environment.getattr(l_1_d, 'date'):
            pass
            t_58.extend((
                ', ',
                str(environment.getattr(l_1_d, 'date')),
            ))
        t_58.append(
            ')',
        )
        if (environment.getattr(l_1_d, 'chosen') or environment.getattr(l_1_d, 'chosen_text')):
            pass
            t_58.extend((
                ': ',
                str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_1_d)),
            ))
        return concat(t_58)
    context.exported_vars.add('decision_line')
    context.vars['decision_line'] = l_0_decision_line = Macro(environment, macro, 'decision_line', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_59 = []
        l_1_doc = resolve('doc')
        pass
        t_59.extend((
            str(context.call((undefined(name='decision_areas') if l_0_decision_areas is missing else l_0_decision_areas))),
            '\n',
        ))
        if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decisions'):
            pass
            t_59.append(
                '| # | Decision | Status | Date | Area | Chosen | Supersedes | Superseded by |\n|---|---|---|---|---|---|---|---|\n',
            )
            for l_2_d in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decisions'):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_59.extend((
                    '| ',
                    str((environment.getattr(l_2_d, 'number') if (not t_6(environment.getattr(l_2_d, 'number'))) else '—')),
                    ' | ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'ref'), table=True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(t_1(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_2_d, _loop_vars=_loop_vars))),
                    ' | ',
                    str(t_1(environment.getattr(l_2_d, 'date'))),
                    ' | ',
                    str(t_1(environment.getattr(l_2_d, 'area'))),
                    ' | ',
                    str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_2_d, True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'supersedes'), True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'superseded_by'), True, _loop_vars=_loop_vars)),
                    ' |\n',
                ))
            l_2_d = l_2_link = missing
        else:
            pass
            t_59.extend((
                str(context.call((undefined(name='missing_decisions') if l_0_missing_decisions is missing else l_0_missing_decisions))),
                '\n',
            ))
        return concat(t_59)
    context.exported_vars.add('decision_log')
    context.vars['decision_log'] = l_0_decision_log = Macro(environment, macro, 'decision_log', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d, l_1_level):
        t_60 = []
        l_1_link = resolve('link')
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        if l_1_level is missing:
            l_1_level = '####'
        pass
        t_60.extend((
            str(l_1_level),
            ' ',
            str((str_join((environment.getattr(l_1_d, 'number'), '. ', )) if (not t_6(environment.getattr(l_1_d, 'number'))) else cond_expr_undefined("the inline if-expression on line 269 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
            str(environment.getattr(l_1_d, 'title')),
            '\n- **Record**: ',
            str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_d, 'ref'))),
            ', ',
            str(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_1_d)),
        ))
        if environment.getattr(l_1_d, 'date'):
            pass
            t_60.extend((
                ', ',
                str(environment.getattr(l_1_d, 'date')),
            ))
        if environment.getattr(l_1_d, 'area'):
            pass
            t_60.extend((
                ', area `',
                str(environment.getattr(l_1_d, 'area')),
                '`',
            ))
        t_60.append(
            '\n',
        )
        if environment.getattr(l_1_d, 'context'):
            pass
            t_60.extend((
                '- **Context**: ',
                str(environment.getattr(l_1_d, 'context')),
                '\n',
            ))
        t_60.extend((
            '- **Options considered**: ',
            str(context.call((undefined(name='considered') if l_0_considered is missing else l_0_considered), l_1_d)),
            '\n- **Decision**: ',
            str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_1_d)),
            '\n',
        ))
        if environment.getattr(l_1_d, 'consequences'):
            pass
            t_60.extend((
                '- **Consequences**: ',
                str(environment.getattr(l_1_d, 'consequences')),
                '\n',
            ))
        if environment.getattr(l_1_d, 'supersedes'):
            pass
            t_60.extend((
                '- **Supersedes**: ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_d, 'supersedes'))),
                '\n',
            ))
        if environment.getattr(l_1_d, 'superseded_by'):
            pass
            t_60.extend((
                '- **Superseded by**: ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_d, 'superseded_by'))),
                '\n',
            ))
        return concat(t_60)
    context.exported_vars.add('decision_details')
    context.vars['decision_details'] = l_0_decision_details = Macro(environment, macro, 'decision_details', ('d', 'level'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_61 = []
        l_1_doc = resolve('doc')
        pass
        l_2_loop = missing
        for l_2_f, l_2_loop in LoopContext(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'classified_flows'), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_61.append(
                    '\n**Links carrying classified data** (from `depends_on` attributes):\n',
                )
            t_61.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_f, 'source'), _loop_vars=_loop_vars)),
                ' → ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_f, 'target'), _loop_vars=_loop_vars)),
                ': ',
                str(environment.getattr(l_2_f, 'data')),
            ))
            if environment.getattr(l_2_f, 'protocol'):
                pass
                t_61.extend((
                    ', over ',
                    str(environment.getattr(l_2_f, 'protocol')),
                ))
            t_61.append(
                '\n',
            )
        l_2_loop = l_2_f = l_2_link = missing
        return concat(t_61)
    context.exported_vars.add('data_flows')
    context.vars['data_flows'] = l_0_data_flows = Macro(environment, macro, 'data_flows', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_62 = []
        l_1_doc = resolve('doc')
        pass
        t_63 = 1
        for l_2_r in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'risks'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_62.append(
                '- ',
            )
            if environment.getattr(l_2_r, 'about'):
                pass
                t_62.extend((
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_r, 'about'), _loop_vars=_loop_vars)),
                    ' ',
                ))
            t_62.extend((
                str(environment.getattr(l_2_r, 'text')),
                '\n',
            ))
            t_63 = 0
        l_2_r = l_2_link = missing
        if t_63:
            pass
            t_62.append(
                'No risk found in the vault: every component has an owner, no technology rests on an undecided ADR, and no dependency cycle runs through this system.\n',
            )
        return concat(t_62)
    context.exported_vars.add('risks')
    context.vars['risks'] = l_0_risks = Macro(environment, macro, 'risks', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_64 = []
        l_1_doc = resolve('doc')
        pass
        t_65 = 1
        for l_2_q in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'open_questions'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_64.append(
                '- [ ] ',
            )
            if environment.getattr(l_2_q, 'about'):
                pass
                t_64.extend((
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_q, 'about'), _loop_vars=_loop_vars)),
                    ' ',
                ))
            t_64.extend((
                str(environment.getattr(l_2_q, 'text')),
                '\n',
            ))
            t_65 = 0
        l_2_q = l_2_link = missing
        if t_65:
            pass
            t_64.append(
                'No open question found in the vault.\n',
            )
        return concat(t_64)
    context.exported_vars.add('open_questions')
    context.vars['open_questions'] = l_0_open_questions = Macro(environment, macro, 'open_questions', (), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=48&7=57&8=59&9=61&10=63&11=65&14=71&16=78&17=84&23=96&25=102&30=115&32=145&33=150&35=156&37=158&43=166&44=175&45=177&48=184&50=196&52=208&54=224&56=240&58=256&60=268&62=278&64=288&66=298&68=308&70=318&72=330&74=340&76=350&78=364&80=376&84=386&87=394&88=400&92=412&93=417&94=423&98=435&99=439&100=450&102=460&106=467&107=475&109=485&111=489&117=497&119=504&123=511&126=518&127=524&131=542&132=546&133=555&137=562&141=572&142=577&143=583&146=608&148=612&151=619&152=625&153=626&154=632&156=650&160=657&163=665&164=671&168=687&170=715&171=720&172=724&176=732&177=741&178=742&179=743&180=745&181=749&183=753&184=759&187=770&191=777&194=784&195=790&197=797&198=803&202=829&204=844&205=848&206=854&208=877&209=883&211=899&218=908&219=913&220=916&222=920&224=923&225=927&227=936&232=946&234=965&236=993&238=1014&239=1018&241=1023&242=1026&243=1031&244=1036&245=1041&253=1056&255=1086&256=1091&257=1094&260=1099&261=1105&264=1126&268=1133&269=1142&270=1147&272=1167&273=1171&275=1176&276=1178&277=1181&278=1185&280=1188&281=1192&283=1195&284=1199&290=1206&291=1211&292=1215&296=1222&301=1242&302=1247&303=1254&309=1275&310=1280&311=1287'