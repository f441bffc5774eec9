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
    l_0_sdd = l_0_groups = l_0_weighed = l_0_compared = l_0_performance = missing
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
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
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
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'design-doc.md.j2').make_module(context.get_all(), True, {'compared': l_0_compared, 'groups': l_0_groups, 'known': l_0_known, 'others': l_0_others, 'performance': l_0_performance, 'sdd': l_0_sdd, 'weighed': l_0_weighed})
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
    if t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'goals')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'goals', 'Goals'))
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
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_system_section'), 'Context', 'context and background'))
        yield '\n'
    yield '\n## Proposed solution\n\n### High-level overview\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Architecture components\n'
    t_7 = 1
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
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
        yield '\n- **Interactions**: depends on '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'depends_on'), False, 'nothing', _loop_vars=_loop_vars))
        yield '; depended on by '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_3(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), False, 'nothing in this system', _loop_vars=_loop_vars))
        yield '\n- **Owner**: '
        yield str((environment.getattr(l_1_c, 'owner') or 'not named'))
        yield '\n'
        t_7 = 0
    l_1_c = missing
    if t_7:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Design decisions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_log')))
    yield '\n\n**Decisions required**\n'
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
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'recovery')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'data-model')))
    yield '\n\n### API and integration points\n'
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')))
        yield '\n\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'neighbours_table')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'api')))
    yield '\n\n## Trade-offs\n\n### Consequences accepted\n'
    l_0_weighed = t_2(context.eval_ctx, t_5(context, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), 'status', 'eq', 'accepted'), 'consequences'))
    context.vars['weighed'] = l_0_weighed
    context.exported_vars.add('weighed')
    t_8 = 1
    for l_1_d in (undefined(name='weighed') if l_0_weighed is missing else l_0_weighed):
        _loop_vars = {}
        pass
        yield '- '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars))
        yield ': '
        yield str(environment.getattr(l_1_d, 'consequences'))
        yield '\n'
        t_8 = 0
    l_1_d = missing
    if t_8:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'consequences', "Add a `## Consequences` section to this system's accepted ADRs."))
        yield '\n'
    yield '\n### Alternatives set aside\n'
    l_0_compared = t_2(context.eval_ctx, t_5(context, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), 'status', 'eq', 'accepted'), 'considered'))
    context.vars['compared'] = l_0_compared
    context.exported_vars.add('compared')
    t_9 = 1
    for l_1_d in (undefined(name='compared') if l_0_compared is missing else l_0_compared):
        _loop_vars = {}
        pass
        yield '- '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars))
        yield ' chose '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'chosen'), l_1_d, _loop_vars=_loop_vars))
        yield ' over '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context, environment.getattr(l_1_d, 'considered'), 'in', environment.getattr(l_1_d, 'chosen')), _loop_vars=_loop_vars))
        yield '\n'
        t_9 = 0
    l_1_d = missing
    if t_9:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'alternatives', "Add `considered:` (the options weighed, as links) to this system's accepted ADRs."))
        yield '\n'
    yield '\n## Implementation\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'milestones'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'milestones')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Milestones', 'implementation phases'))
        yield '\n'
    yield '\n## Performance and scalability\n\n### Performance targets\n'
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
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'Scaling', 'scalability strategy'))
        yield '\n'
    yield '\n### Monitoring and observability\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'observability', ['monitoring', 'metrics', 'logging', 'tracing', 'alerting']))
    yield '\n\n## Security\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance_list')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_flows')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'security')))
    yield '\n\n## Dependencies and assumptions\n\n### Dependencies\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'dependency_list')))
    yield '\n\n### Assumptions\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'assumptions'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'assumptions')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Assumptions', 'assumptions'))
        yield '\n'
    yield '\n## Risks\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n## Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n'

blocks = {}
debug_info = '6=53&8=56&9=58&12=60&14=62&16=68&19=70&20=72&22=78&24=80&26=83&30=90&31=92&32=94&33=96&35=100&41=103&42=105&44=109&48=112&49=114&51=118&55=121&56=123&58=127&64=130&65=132&67=136&71=140&73=144&74=146&75=150&77=157&78=161&80=167&84=170&87=172&90=174&96=177&97=179&98=183&99=185&101=188&102=190&103=193&107=197&108=200&109=203&112=206&113=209&117=214&121=217&123=219&124=221&127=223&128=225&130=227&132=231&134=233&139=235&140=239&141=243&143=251&147=254&148=258&149=262&151=272&155=275&156=277&158=281&164=284&165=287&166=289&168=293&172=296&173=298&175=302&179=305&182=307&183=309&184=311&189=313&192=315&193=317&195=321&199=324&202=326'