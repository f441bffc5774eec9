from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'design-doc.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_link = resolve('link')
    l_0_diagrams = resolve('diagrams')
    l_0_known = resolve('known')
    l_0_others = resolve('others')
    l_0_sdd = l_0_groups = l_0_standing = l_0_bad = l_0_told = l_0_good = l_0_performance = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'design-doc.md.j2').make_module(context.get_all(), True, {'bad': l_0_bad, 'good': l_0_good, 'groups': l_0_groups, 'known': l_0_known, 'others': l_0_others, 'performance': l_0_performance, 'sdd': l_0_sdd, 'standing': l_0_standing, 'told': l_0_told})
    context.exported_vars.discard('sdd')
    yield '---\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'properties')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'sources')))
    yield '\n---\n\n# '
    yield str(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system'), 'name'))
    yield ' — Design document\n\n**Type:** software design document · **Status:** '
    yield str((environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status') or 'not given'))
    yield ' · **Version:** '
    yield str((str_join(('decisions up to ', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'latest_date'), )) if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'latest_date') else 'no dated decision'))
    yield ' · **System note:** '
    yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'generated_notice')))
    yield '\n\n## Executive summary\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'):
        pass
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'))
        yield ' ('
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
        yield str((', its first paragraph' if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'described_in_text') else cond_expr_undefined("the inline if-expression on line 20 in 'design-doc.md.j2' evaluated to false and no else section was defined.")))
        yield ')\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_description')))
        yield '\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'):
        pass
        yield '\nOwned by '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'))
        yield '; '
        yield str(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components')))
        yield ' components, '
        yield str(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions')))
        yield ' decisions on record.\n'
    yield '\n## Problem statement\n'
    if t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'problem')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'problem', 'Problem'))
        yield '\n'
    elif environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Problem', 'problem statement'))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd')))
        yield '\n'
    yield '\n## Goals and success criteria\n\n### Primary goals\n'
    if ((t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'goals')) or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'objectives')) or t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'requirements'))):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'objectives')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'goals', 'Goals'))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'requirements', 'Requirements'))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Goals', 'goals'))
        yield '\n'
    yield '\n### Success criteria\n'
    if t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'success_metrics')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'success_metrics', 'Success metrics'))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Success metrics', 'success criteria'))
        yield '\n'
    yield '\n## Context and background\n'
    if (context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context') or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scope')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scope')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_system_section'), 'Context', 'context and background'))
        yield '\n'
    yield '\n## Proposed solution\n\n### High-level overview\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers'), context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components'))))
    yield '\n\n### Architecture components\n'
    l_1_loop = missing
    t_7 = 1
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'), undefined):
        _loop_vars = {}
        pass
        yield '\n#### '
        yield str(environment.getattr(environment.getattr(l_1_c, 'ref'), 'name'))
        yield '\n- **Purpose**: '
        yield str((environment.getattr(l_1_c, 'description') or 'not described'))
        yield ' ('
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
        yield ')\n- **Technology**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), _loop_vars=_loop_vars))
        if environment.getattr(l_1_c, 'kind'):
            pass
            yield ' ('
            yield str(environment.getattr(l_1_c, 'kind'))
            yield ')'
        yield '\n- **Interactions**: '
        def t_8(fiter):
            for l_2_f in fiter:
                if (environment.getattr(l_2_f, 'source') == environment.getattr(l_1_c, 'ref')):
                    yield l_2_f
        l_2_loop = missing
        t_9 = 1
        for l_2_f, l_2_loop in LoopContext(t_8(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'flows')), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_f, 'verb'))
            yield ' '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_f, 'target'), _loop_vars=_loop_vars))
            if environment.getattr(l_2_f, 'protocol'):
                pass
                yield ' over '
                yield str(environment.getattr(l_2_f, 'protocol'))
            yield str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 76 in 'design-doc.md.j2' evaluated to false and no else section was defined.")))
            t_9 = 0
        l_2_loop = l_2_f = missing
        if t_9:
            pass
            yield 'links to nothing'
        yield '\n- **Owner**: '
        yield str((environment.getattr(l_1_c, 'owner') or 'not named'))
        yield '\n'
        t_7 = 0
    l_1_loop = l_1_c = missing
    if t_7:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Design decisions\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_areas')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'options_table')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_decisions')))
        yield '\n'
    yield '\n**Decisions required**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'checklist')))
    yield '\n\n### Technology stack\n'
    l_0_groups = [('Language and runtime', ['language', 'runtime']), ('Data layer', ['database', 'cache', 'message-queue', 'storage', 'search']), ('Infrastructure', ['cloud', 'container-orchestration', 'ci-cd', 'load-balancer', 'monitoring', 'metrics', 'logging', 'tracing', 'alerting']), ('Frameworks and libraries', ['api-framework', 'web-framework', 'framework', 'library', 'frontend-framework'])]
    context.vars['groups'] = l_0_groups
    context.exported_vars.add('groups')
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies'):
        pass
        for (l_1_title, l_1_categories) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
            l_1_members = missing
            _loop_vars = {}
            pass
            l_1_members = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies_in'), _loop_vars=_loop_vars, *l_1_categories)
            _loop_vars['members'] = l_1_members
            if (undefined(name='members') if l_1_members is missing else l_1_members):
                pass
                yield '\n**'
                yield str(l_1_title)
                yield '**\n'
                for l_2_t in (undefined(name='members') if l_1_members is missing else l_1_members):
                    _loop_vars = {}
                    pass
                    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'tech_item'), l_2_t, _loop_vars=_loop_vars))
                    yield '\n'
                l_2_t = missing
        l_1_title = l_1_categories = l_1_members = missing
        l_0_known = t_6(environment, t_3(context, (undefined(name='groups') if l_0_groups is missing else l_0_groups), attribute='1'), start=[])
        context.vars['known'] = l_0_known
        context.exported_vars.add('known')
        l_0_others = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies_except'), *(undefined(name='known') if l_0_known is missing else l_0_known))
        context.vars['others'] = l_0_others
        context.exported_vars.add('others')
        if (undefined(name='others') if l_0_others is missing else l_0_others):
            pass
            yield '\n**Other**\n'
            for l_1_t in (undefined(name='others') if l_0_others is missing else l_0_others):
                _loop_vars = {}
                pass
                yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'tech_item'), l_1_t, _loop_vars=_loop_vars))
                yield '\n'
            l_1_t = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_technologies')))
        yield '\n'
    yield '\n### Data model and storage\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_stores')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'data-model')))
    yield '\n\n**Backup and recovery**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'recovery')))
    yield '\n\n### API and integration points\n'
    if ((environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours')) or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'api')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'dependency_list')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'api')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links')))
        yield '\n'
    yield '\n## Trade-offs\n\n### Accepting\n'
    l_0_standing = t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), 'in_force'))
    context.vars['standing'] = l_0_standing
    context.exported_vars.add('standing')
    l_0_bad = t_2(context.eval_ctx, t_5(context, (undefined(name='standing') if l_0_standing is missing else l_0_standing), 'accepted'))
    context.vars['bad'] = l_0_bad
    context.exported_vars.add('bad')
    l_0_told = t_2(context.eval_ctx, t_5(context, t_4(context, (undefined(name='standing') if l_0_standing is missing else l_0_standing), 'accepted'), 'consequences'))
    context.vars['told'] = l_0_told
    context.exported_vars.add('told')
    for l_1_d in (undefined(name='bad') if l_0_bad is missing else l_0_bad):
        _loop_vars = {}
        pass
        for l_2_line in environment.getattr(l_1_d, 'accepted'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(l_2_line)
            yield ' ('
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars))
            yield ')\n'
        l_2_line = missing
    l_1_d = missing
    for l_1_d in (undefined(name='told') if l_0_told is missing else l_0_told):
        _loop_vars = {}
        pass
        yield '\n**Consequences of '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars))
        yield '**:\n\n'
        yield str(environment.getattr(l_1_d, 'consequences'))
        yield '\n'
    l_1_d = missing
    if ((not (undefined(name='bad') if l_0_bad is missing else l_0_bad)) and (not (undefined(name='told') if l_0_told is missing else l_0_told))):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'consequences', "Add a `## Consequences` section (or MADR `- Bad, because …` lines) to this system's accepted ADRs."))
        yield '\n'
    yield '\n### Gaining\n'
    l_0_good = t_2(context.eval_ctx, t_5(context, (undefined(name='standing') if l_0_standing is missing else l_0_standing), 'gained'))
    context.vars['good'] = l_0_good
    context.exported_vars.add('good')
    t_10 = 1
    for l_1_d in (undefined(name='good') if l_0_good is missing else l_0_good):
        _loop_vars = {}
        pass
        for l_2_line in environment.getattr(l_1_d, 'gained'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(l_2_line)
            yield ' ('
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars))
            yield ')\n'
        l_2_line = missing
        t_10 = 0
    l_1_d = missing
    if t_10:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'what is gained', "Add MADR `- Good, because …` lines to the options chosen in this system's accepted ADRs."))
        yield '\n'
    yield '\n## Implementation\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'milestones', 'Milestones', 'implementation phases', 'prd'))
    yield '\n\n## Performance and scalability\n\n### Performance targets\n'
    l_0_performance = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_except'), 'rpo_minutes', 'rto_minutes')
    context.vars['performance'] = l_0_performance
    context.exported_vars.add('performance')
    if (undefined(name='performance') if l_0_performance is missing else l_0_performance):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), (undefined(name='performance') if l_0_performance is missing else l_0_performance)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_performance')))
        yield '\n'
    yield '\n### Scalability strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'fan_in')))
    yield '\n\n### Monitoring and observability\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'observability', ['monitoring', 'metrics', 'logging', 'tracing', 'alerting']))
    yield '\n\n## Security\n**Authentication**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authentication')))
    yield '\n\n**Authorization**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authorization')))
    yield '\n\n**Data protection**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_protection')))
    yield '\n\n**Compliance**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance')))
    yield '\n\n## Dependencies and assumptions\n\n### Dependencies\n'
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'dependencies') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'dependents')):
        pass
        yield 'The links to other systems are listed under [[#API and integration points]].\n'
    else:
        pass
        yield 'No component of this system is linked to a component outside it.\n'
    yield '\n### Assumptions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'assumptions', 'Assumptions', 'assumptions', 'prd'))
    yield '\n\n## Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n\n## Approvals\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'approval', 'Approval', 'approvals', 'system'))
    yield '\n\n## Risks\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n## Vault gaps\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'vault_gaps')))
    yield '\n'

blocks = {}
debug_info = '6=53&8=56&9=58&12=60&14=62&16=68&19=70&20=72&22=79&24=81&26=84&30=91&31=93&32=95&33=97&35=101&41=104&42=106&43=108&44=110&46=114&50=117&51=119&53=123&57=126&58=128&59=130&61=134&67=137&70=141&72=145&73=147&74=151&76=158&78=181&80=187&84=190&85=192&86=194&88=198&92=201&95=203&101=206&102=208&103=212&104=214&106=217&107=219&108=222&112=226&113=229&114=232&117=235&118=238&122=243&126=246&127=248&130=250&133=252&134=254&135=256&136=258&138=262&144=265&145=268&146=271&147=274&148=277&149=281&152=287&154=291&156=293&158=296&159=298&163=301&164=305&165=308&166=312&169=321&173=324&178=326&179=329&180=331&182=335&186=338&187=340&190=342&194=344&197=346&200=348&203=350&208=352&215=359&218=361&221=363&224=365&227=367'